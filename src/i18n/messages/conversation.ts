import { defineCatalog } from '../catalog';

export const conversationMessages = defineCatalog({
  'conversation.intro': {
    id: 'Halo! Saya *SAPA*, Sistem Asisten Pegawai. Lewat chat ini Anda bisa:\n• mengajukan cuti dan melihat statusnya\n• melihat sisa cuti\n• mengunduh slip gaji (PDF)\n• mengajukan perubahan data pribadi\n\nCukup ketik kata seperti *cuti*, *saldo* atau *slip*, atau pilih dari menu. Ketik *bantuan* kapan saja bila bingung, *menu* untuk kembali ke awal.',
    en: 'Hello! I am *SAPA*, the employee assistant. In this chat you can:\n• request leave and follow its status\n• check your leave balance\n• download your payslip (PDF)\n• ask for changes to your personal data\n\nJust type a word like *leave*, *balance* or *payslip*, or pick from the menu. Type *help* at any time, *menu* to start over.',
  },
  'conversation.expired': {
    id: 'Percakapan sebelumnya sudah ditutup karena lama tidak ada balasan. Kita mulai lagi, ya.',
    en: 'The previous conversation was closed after a long pause. Let us start again.',
  },
  'conversation.cancelled': {
    id: 'Baik, dibatalkan. Tidak ada yang disimpan.',
    en: 'OK, cancelled. Nothing was saved.',
  },
  'conversation.link_first': {
    id: 'Untuk itu, akun chat ini perlu dihubungkan dulu dengan data kepegawaian Anda.',
    en: 'For that, this chat needs to be linked to your employee record first.',
  },
  'conversation.not_allowed': {
    id: 'Maaf, menu itu hanya untuk petugas kepegawaian (BKPSDM).',
    en: 'Sorry, that menu is for HR staff only.',
  },
  'conversation.unexpected': {
    id: 'Maaf, saya belum mengerti. Ketik *menu* untuk melihat pilihan, atau *bantuan*.',
    en: 'Sorry, I did not understand. Type *menu* to see the options, or *help*.',
  },
  'conversation.choose_from_list': {
    id: 'Silakan pilih salah satu dari daftar (ketik nomornya), atau ketik *kembali*.',
    en: 'Please pick one from the list (type its number), or type *back*.',
  },
  'small_talk.salam': { id: "Wa'alaikumsalam{to}.", en: 'Wa alaikum salam{to}.' },
  'small_talk.morning': { id: 'Selamat pagi{to}.', en: 'Good morning{to}.' },
  'small_talk.noon': { id: 'Selamat siang{to}.', en: 'Good afternoon{to}.' },
  'small_talk.afternoon': { id: 'Selamat sore{to}.', en: 'Good afternoon{to}.' },
  'small_talk.evening': { id: 'Selamat malam{to}.', en: 'Good evening{to}.' },
  'small_talk.hello': { id: 'Halo{to}! 👋', en: 'Hello{to}! 👋' },
  'small_talk.thanks': { id: 'Sama-sama{to}. 🙏', en: 'You are welcome{to}.' },
  'small_talk.ack': { id: 'Baik{to}.', en: 'All right{to}.' },
  'small_talk.ask': { id: 'Apa yang bisa saya bantu?', en: 'What can I do for you?' },
  'small_talk.ask_more': { id: 'Ada lagi yang bisa saya bantu?', en: 'Anything else I can do for you?' },
  'conversation.switch.ask': {
    id: 'Lanjutkan {current} atau buka {target}? Isian yang sudah ada tetap disimpan.',
    en: 'Continue the {current} or open {target}? What you filled in is kept.',
  },
  'conversation.switch.stay': { id: '↩️ Lanjutkan {current}', en: '↩️ Continue the {current}' },
  'conversation.switch.go': { id: 'Buka {target}', en: 'Open {target}' },
  'conversation.switch.resumed': {
    id: 'Melanjutkan {current} Anda yang tadi (ketik *batal* untuk mulai dari awal).',
    en: 'Picking up your {current} where you left it (type *cancel* to start over).',
  },
  'flow_name.leave_request': { id: 'pengajuan cuti', en: 'leave request' },
  'flow_name.balance': { id: 'sisa cuti', en: 'leave balance' },
  'flow_name.my_requests': { id: 'status pengajuan', en: 'my requests' },
  'flow_name.payslip': { id: 'slip gaji', en: 'payslip' },
  'flow_name.cancel_request': { id: 'pembatalan cuti', en: 'leave cancellation' },
  'flow_name.approvals': { id: 'persetujuan cuti', en: 'approvals' },
  'flow_name.help': { id: 'bantuan', en: 'help' },
  'flow_name.other': { id: 'menu itu', en: 'that menu' },
});
