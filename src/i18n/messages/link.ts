import { defineCatalog } from '../catalog';

export const linkMessages = defineCatalog({
  'link.ask': {
    id: 'Mari hubungkan chat ini dengan data kepegawaian Anda.\n• Punya *kode tautan* dari petugas kepegawaian? Kirim kodenya di sini.\n• Belum punya? Ketik *NIP* Anda (18 angka).',
    en: "Let's link this chat to your employee record.\n• Have a *link code* from HR? Send it here.\n• No code? Type your *NIP* (18 digits).",
  },
  'link.ask_hint': {
    id: 'Kirim kode tautan (mis. K7P2XM9QR4) atau NIP 18 angka Anda.',
    en: 'Send your link code (e.g. K7P2XM9QR4) or your 18-digit NIP.',
  },
  'link.already': {
    id: 'Chat ini sudah terhubung. Untuk menghubungkan ke pegawai lain, kirim kode tautan baru dari petugas kepegawaian.',
    en: 'This chat is already linked. To link it to someone else, send a new link code from HR.',
  },
  'link.ask_birth_date': { id: 'Ketik tanggal lahir Anda (contoh: 17-08-1990).', en: 'Type your date of birth (e.g. 17-08-1990).' },
  'link.birth_date_hint': {
    id: 'Tanggal lahir belum terbaca. Tulis seperti 17-08-1990 atau 17 Agustus 1990.',
    en: 'I could not read that date of birth. Write it like 17-08-1990 or 17 August 1990.',
  },
  'link.otp_sent': {
    id: 'Kode {digits} angka sudah kami kirim lewat WhatsApp ke nomor {phone}. Kode berlaku 10 menit.',
    en: 'We sent a {digits}-digit code by WhatsApp to {phone}. It is valid for 10 minutes.',
  },
  'link.ask_otp': { id: 'Ketik kode {digits} angka tersebut di sini.', en: 'Type that {digits}-digit code here.' },
  'link.otp_hint': { id: 'Kodenya {digits} angka, misalnya 482 913 657.', en: 'The code has {digits} digits, e.g. 482 913 657.' },
  'link.otp_message': {
    id: 'Kode verifikasi SAPA Anda: {code}. Jangan berikan kode ini kepada siapa pun, termasuk petugas. Berlaku 10 menit. Jika Anda tidak sedang menghubungkan chat ke SAPA, abaikan pesan ini dan beri tahu petugas kepegawaian (BKPSDM).',
    en: 'Your SAPA verification code: {code}. Do not share it with anyone, not even staff. Valid for 10 minutes. If you are not linking a chat to SAPA, ignore this message and tell HR.',
  },
  'link.otp_wrong': { id: 'Kode tidak cocok. Periksa lagi dan ketik ulang.', en: 'That code does not match. Check it and type it again.' },
  'link.otp_expired': {
    id: 'Kode sudah kedaluwarsa. Ketik *menu* lalu mulai lagi dengan NIP Anda.',
    en: 'That code has expired. Type *menu* and start again with your NIP.',
  },
  'link.no_match': {
    id: 'Data tidak cocok dengan catatan kepegawaian. Periksa NIP dan tanggal lahir, lalu coba lagi — atau minta kode tautan ke petugas.',
    en: 'The details do not match our records. Check your NIP and date of birth and try again, or ask HR for a link code.',
  },
  'link.no_channel': {
    id: 'Kami tidak dapat mengirim kode verifikasi ke nomor HP Anda. Silakan minta *kode tautan* ke petugas kepegawaian (BKPSDM), lalu kirim kodenya di chat ini.',
    en: 'We cannot send a verification code to your phone. Please ask HR for a *link code*, then send it in this chat.',
  },
  'link.closed': {
    id: 'Demi keamanan, penautan dengan NIP dan tanggal lahir ditutup untuk akun ini karena terlalu banyak percobaan yang salah. Silakan minta *kode tautan* ke petugas kepegawaian (BKPSDM).',
    en: 'For your security, linking with NIP and date of birth is closed for this account after too many wrong attempts. Please ask HR for a *link code*.',
  },
  'link.privileged': {
    id: 'Atasan, pejabat yang memberi persetujuan, dan petugas kepegawaian menautkan chat hanya dengan *kode tautan* dari petugas kepegawaian (BKPSDM). Silakan minta kodenya, lalu kirim di chat ini.',
    en: 'Supervisors, approving officials and HR staff link a chat only with a *link code* from HR. Please ask HR for one, then send it in this chat.',
  },
  'link.too_many_codes': {
    id: 'Sudah terlalu banyak kode verifikasi yang dikirim. Coba lagi dalam {minutes} menit, atau minta *kode tautan* ke petugas kepegawaian.',
    en: 'Too many verification codes have been sent. Try again in {minutes} minutes, or ask HR for a *link code*.',
  },
  'link.too_many_codes_day': {
    id: 'Sudah terlalu banyak kode verifikasi yang dikirim hari ini. Coba lagi dalam {hours} jam, atau minta *kode tautan* ke petugas kepegawaian.',
    en: 'Too many verification codes have been sent today. Try again in {hours} hours, or ask HR for a *link code*.',
  },
  'link.paused': {
    id: 'Terlalu banyak percobaan yang salah. Silakan coba lagi dalam {minutes} menit.',
    en: 'Too many wrong attempts. Please try again in {minutes} minutes.',
  },
  'link.paused_day': {
    id: 'Terlalu banyak percobaan yang salah dari chat ini. Silakan coba lagi dalam {hours} jam.',
    en: 'Too many wrong attempts from this chat. Please try again in {hours} hours.',
  },
  'link.channel.TELEGRAM': { id: 'Telegram', en: 'Telegram' },
  'link.channel.WHATSAPP': { id: 'WhatsApp', en: 'WhatsApp' },
  'link.channel.LOCAL': { id: 'web chat (uji coba)', en: 'web chat (test)' },
  'link.new_chat_notice': {
    id: 'Pemberitahuan keamanan: chat {chat} baru saja ditautkan ke akun SAPA Anda ({when} WIB).\nJika itu bukan Anda, ketik *putuskan* di sini untuk melepas chat tersebut, lalu hubungi petugas kepegawaian (BKPSDM).',
    en: 'Security notice: a {chat} chat was just linked to your SAPA account ({when} WIB).\nIf this was not you, type *unlink* here to remove that chat, then contact HR.',
  },
  'link.linked': {
    id: 'Berhasil! Chat ini sekarang terhubung atas nama *{name}*. Ketik *menu* untuk mulai.',
    en: 'Done! This chat is now linked to *{name}*. Type *menu* to begin.',
  },
  'link.unlink.pick': {
    id: 'Chat yang terhubung ke akun SAPA Anda. Pilih chat yang ingin dilepas:',
    en: 'Chats linked to your SAPA account. Pick the one to unlink:',
  },
  'link.unlink.pick_hint': { id: 'Pilih nomor chat dari daftar, atau ketik *batal*.', en: 'Pick a chat by its number, or type *cancel*.' },
  'link.unlink.since': { id: 'sejak {when}', en: 'since {when}' },
  'link.unlink.this_chat': { id: '(chat ini)', en: '(this chat)' },
  'link.unlink.confirm': {
    id: 'Lepas chat {chat} dari akun SAPA Anda? Chat itu tidak bisa lagi melihat data Anda sampai ditautkan kembali.',
    en: 'Unlink {chat} from your SAPA account? It will no longer see your data unless it is linked again.',
  },
  'link.unlink.confirm_self': {
    id: 'Lepas chat ini ({chat}) dari akun SAPA Anda? Setelah itu chat ini harus ditautkan lagi sebelum bisa dipakai (atasan, pejabat dan petugas kepegawaian memerlukan kode tautan dari BKPSDM).',
    en: 'Unlink this chat ({chat}) from your SAPA account? It must then be linked again before you can use it here (supervisors, officials and HR staff need a link code from HR).',
  },
  'link.unlink.yes': { id: 'Ya, lepas', en: 'Yes, unlink' },
  'link.unlink.no': { id: 'Tidak', en: 'No' },
  'link.unlink.kept': { id: 'Baik, tidak ada yang diubah.', en: 'OK, nothing was changed.' },
  'link.unlink.done': {
    id: 'Chat {chat} sudah dilepas dari akun Anda. Jika Anda tidak mengenali chat itu, beri tahu petugas kepegawaian (BKPSDM).',
    en: '{chat} has been unlinked from your account. If you did not recognise it, tell HR.',
  },
  'link.unlink.done_self': {
    id: 'Chat ini sudah dilepas dari akun SAPA Anda. Untuk memakainya lagi, kirim kode tautan atau ketik NIP Anda.',
    en: 'This chat has been unlinked from your SAPA account. To use it again, send a link code or type your NIP.',
  },
  'link.unlink.gone': { id: 'Chat itu sudah tidak terhubung ke akun Anda.', en: 'That chat is no longer linked to your account.' },
  'link.unlinked_notice': {
    id: 'Chat ini sudah dilepas dari akun SAPA oleh pemilik akun. Jika itu bukan keinginan Anda, hubungi petugas kepegawaian (BKPSDM).',
    en: 'This chat has been unlinked from its SAPA account by the account owner. If you did not want this, contact HR.',
  },
});
