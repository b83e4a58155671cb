import { defineCatalog } from '../catalog';

export const menuMessages = defineCatalog({
  'menu.title': { id: 'Halo, {name}. Apa yang bisa saya bantu?', en: 'Hello, {name}. What can I do for you?' },
  'menu.unlinked': {
    id: 'Akun chat ini belum terhubung. Kirim *kode tautan* dari petugas kepegawaian, atau ketik *NIP* Anda untuk memulai.',
    en: 'This chat is not linked yet. Send the *link code* from HR, or type your *NIP* to begin.',
  },
  'menu.unknown': {
    id: 'Maaf, saya belum mengerti. Pilih nomor dari menu, atau ketik kata seperti *cuti*, *saldo*, *status*, *slip*. Ketik *bantuan* untuk panduan.',
    en: 'Sorry, I did not get that. Pick a number from the menu, or type a word like *leave*, *balance*, *status*, *payslip*. Type *help* for a guide.',
  },
  'menu.leave_request': { id: '📝 Ajukan cuti', en: '📝 Request leave' },
  'menu.my_requests': { id: '📋 Status pengajuan', en: '📋 My requests' },
  'menu.balance': { id: '📊 Sisa cuti', en: '📊 Leave balance' },
  'menu.payslip': { id: '💰 Slip gaji', en: '💰 Payslip' },
  'menu.cancel_request': { id: '✖️ Batalkan pengajuan', en: '✖️ Cancel a request' },
  'menu.approvals': { id: '✅ Persetujuan cuti', en: '✅ Approvals' },
  'menu.act_for': { id: '🤝 Untuk pegawai', en: '🤝 For an employee' },
  'menu.hr_digest': { id: '📰 Rekap hari ini', en: "📰 Today's digest" },
  'menu.hr_find': { id: '🔎 Cari pegawai', en: '🔎 Find employee' },
  'menu.hr_worklist': { id: '🗂️ Daftar kerja HR', en: '🗂️ HR worklist' },
  'menu.hr_profile_review': { id: '🪪 Tinjau ubah data', en: '🪪 Review data changes' },
  'menu.delegation': { id: '👥 Wakilkan (pengganti)', en: '👥 Substitute (wakilkan)' },
  'menu.profile_change': { id: '✏️ Ubah data pribadi', en: '✏️ Change personal data' },
  'menu.my_chats': { id: '📱 Chat saya', en: '📱 My chats' },
  'menu.my_data': { id: '🔐 Data saya', en: '🔐 My data' },
  'menu.language': { id: '🌐 Bahasa / Language', en: '🌐 Language / Bahasa' },
  'menu.help': { id: '❓ Bantuan', en: '❓ Help' },
  'help.linked': {
    id: 'Panduan singkat:\n• *cuti* — ajukan cuti\n• *status* — lihat pengajuan Anda\n• *saldo* — sisa cuti tahunan\n• *slip* — unduh slip gaji\n• *surat cuti* / *formulir cuti* — surat izin cuti dan formulir cuti Anda; atasan, pejabat dan petugas: *formulir cuti CT-2026-000123* untuk pengajuan yang mereka tangani\n• *ubah data* — minta perubahan nomor HP, alamat atau email\n• *chat saya* — lihat chat yang terhubung ke akun Anda dan lepas yang tidak Anda kenali\n• *menu* — kembali ke menu, *kembali* — langkah sebelumnya, *batal* — batalkan\nButuh bantuan petugas? Hubungi BKPSDM pada jam kerja.',
    en: 'Quick guide:\n• *leave* — request leave\n• *status* — your requests\n• *balance* — annual leave left\n• *payslip* — download your payslip\n• *leave letter* / *leave form* — your leave permit and leave form; supervisors, officials and HR: *leave form CT-2026-000123* for a request they handle\n• *change data* — ask to change phone, address or email\n• *my chats* — see the chats linked to your account and unlink any you do not recognise\n• *menu* — back to the menu, *back* — previous step, *cancel* — cancel\nNeed a person? Contact HR during office hours.',
  },
  'help.unlinked': {
    id: 'Untuk memakai SAPA, hubungkan dulu chat ini dengan data kepegawaian Anda:\n1. Minta *kode tautan* ke petugas kepegawaian (BKPSDM), lalu kirim kodenya di sini; atau\n2. Ketik *NIP* Anda, lalu tanggal lahir, dan kode yang kami kirim ke nomor HP yang terdaftar (atasan, pejabat dan petugas kepegawaian: hanya dengan kode tautan).\nCukup sekali; setelah itu SAPA mengenali Anda.',
    en: 'To use SAPA, first link this chat to your employee record:\n1. Ask HR for a *link code* and send it here; or\n2. Type your *NIP*, then your date of birth, and the code we send to your registered phone (supervisors, officials and HR staff: link code only).\nOnly once; after that SAPA knows you.',
  },
  'language.pick': { id: 'Pilih bahasa / Choose a language:', en: 'Choose a language / Pilih bahasa:' },
  'language.saved': { id: 'Baik, saya akan memakai Bahasa Indonesia.', en: 'Done, I will use English from now on.' },
});
