import { defineCatalog } from '../catalog';

export const linkMessages = defineCatalog({
  'link.ask': {
    id: 'Mari hubungkan chat ini dengan data kepegawaian Anda.\n• Punya *kode tautan* dari petugas kepegawaian? Kirim kodenya di sini.\n• Belum punya? Ketik *NIP* Anda (18 angka).',
    en: "Let's link this chat to your employee record.\n• Have a *link code* from HR? Send it here.\n• No code? Type your *NIP* (18 digits).",
  },
  'link.ask_hint': {
    id: 'Kirim kode tautan (mis. K7P2XM9Q) atau NIP 18 angka Anda.',
    en: 'Send your link code (e.g. K7P2XM9Q) or your 18-digit NIP.',
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
    id: 'Kode 6 angka sudah kami kirim lewat WhatsApp ke nomor {phone}. Kode berlaku 10 menit.',
    en: 'We sent a 6-digit code by WhatsApp to {phone}. It is valid for 10 minutes.',
  },
  'link.ask_otp': { id: 'Ketik kode 6 angka tersebut di sini.', en: 'Type that 6-digit code here.' },
  'link.otp_hint': { id: 'Kodenya 6 angka, misalnya 482913.', en: 'The code has 6 digits, e.g. 482913.' },
  'link.otp_message': {
    id: 'Kode verifikasi SAPA Anda: {code}. Jangan berikan kode ini kepada siapa pun. Berlaku 10 menit.',
    en: 'Your SAPA verification code: {code}. Do not share it with anyone. Valid for 10 minutes.',
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
  'link.no_phone': {
    id: 'Nomor HP Anda belum tercatat. Silakan minta kode tautan ke petugas kepegawaian (BKPSDM).',
    en: 'No phone number is on record for you. Please ask HR for a link code.',
  },
  'link.paused': {
    id: 'Terlalu banyak percobaan yang salah. Silakan coba lagi dalam {minutes} menit.',
    en: 'Too many wrong attempts. Please try again in {minutes} minutes.',
  },
  'link.linked': {
    id: 'Berhasil! Chat ini sekarang terhubung atas nama *{name}*. Ketik *menu* untuk mulai.',
    en: 'Done! This chat is now linked to *{name}*. Type *menu* to begin.',
  },
});
