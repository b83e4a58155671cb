import { defineCatalog } from '../catalog';

export const delegationMessages = defineCatalog({
  'delegation.same_person': { id: 'Pengganti tidak boleh orang yang sama.', en: 'The substitute cannot be the same person.' },
  'delegation.invalid_range': {
    id: 'Rentang tanggal tidak valid: tanggal selesai harus sama atau setelah tanggal mulai, tidak di masa lalu, dan paling lama 1 tahun.',
    en: 'The dates are not valid: the end must be on or after the start, not in the past, and at most 1 year long.',
  },
  'delegation.inactive_employee': { id: 'Pegawai itu tidak aktif.', en: 'That employee is not active.' },
  'delegation.not_found': { id: 'Pendelegasian itu tidak ditemukan.', en: 'That delegation was not found.' },
  'delegation.already_over': { id: 'Pendelegasian itu sudah berakhir.', en: 'That delegation is already over.' },
  'conflict.delegation_overlaps': {
    id: 'Sudah ada pengganti untuk sebagian tanggal itu ({start} s.d. {end}). Akhiri dulu yang lama.',
    en: 'A substitute is already named for part of those dates ({start} to {end}). End that one first.',
  },
  'delegation.told_from': {
    id: 'Pengganti Anda tercatat: {to} memutuskan permohonan cuti yang menunggu Anda pada {dates}.',
    en: 'Your substitute is recorded: {to} decides the leave requests waiting for you on {dates}.',
  },
  'delegation.told_to': {
    id: '{from} menunjuk Anda sebagai pengganti untuk menyetujui permohonan cuti pada {dates}. Kartu persetujuan akan dikirim ke Anda selama masa itu.',
    en: '{from} named you their substitute for leave approvals on {dates}. Approval cards come to you during that time.',
  },
  'delegation.ended_from': {
    id: 'Penggantian oleh {to} sudah diakhiri. Permohonan cuti kembali kepada Anda.',
    en: 'The substitution by {to} has ended. Leave requests come back to you.',
  },
  'delegation.ended_to': {
    id: 'Penggantian untuk {from} sudah diakhiri. Anda tidak lagi menerima kartu persetujuan atas nama beliau.',
    en: 'Your substitution for {from} has ended. You no longer receive approval cards for them.',
  },
  'delegation.chat.not_approver': {
    id: 'Menunjuk pengganti hanya untuk atasan dan pejabat yang menyetujui cuti.',
    en: 'Naming a substitute is only for supervisors and officials who approve leave.',
  },
  'delegation.chat.menu': { id: 'Pengganti untuk menyetujui cuti selama Anda berhalangan. Pilih:', en: 'A substitute to approve leave while you are away. Choose:' },
  'delegation.chat.menu_hint': { id: 'Pilih nomor dari daftar.', en: 'Pick a number from the list.' },
  'delegation.chat.named': { id: 'Pengganti yang sudah tercatat:', en: 'Substitutes already named:' },
  'delegation.chat.named_line': { id: '{name}, {dates}', en: '{name}, {dates}' },
  'delegation.chat.for_leave': { id: 'Selama {type} Anda {dates}', en: 'During your {type} {dates}' },
  'delegation.chat.new': { id: 'Tunjuk pengganti untuk tanggal lain', en: 'Name a substitute for other dates' },
  'delegation.chat.end_item': { id: 'Akhiri: {name}, {dates}', en: 'End: {name}, {dates}' },
  'delegation.chat.press_button': { id: 'Ketuk tombol *Wakilkan* pada pemberitahuan.', en: 'Tap the *Substitute* button on the notice.' },
  'delegation.chat.ask_dates': {
    id: 'Untuk tanggal berapa? Contoh: *14-18 Des*, *besok*, *21 Des sampai 3 Jan*.',
    en: 'For which dates? For example: *14-18 Dec*, *tomorrow*, *21 Dec to 3 Jan*.',
  },
  'delegation.chat.dates_unclear': {
    id: 'Tanggalnya belum terbaca. Tulis misalnya *14-18 Des* atau *21 Des sampai 3 Jan*.',
    en: 'I could not read the dates. Write for example *14-18 Dec* or *21 Dec to 3 Jan*.',
  },
  'delegation.chat.ask_who': {
    id: 'Siapa pengganti Anda pada {dates}? Ketik nama atau NIP rekan di perangkat daerah Anda.',
    en: 'Who is your substitute on {dates}? Type the name or NIP of a colleague in your agency.',
  },
  'delegation.chat.who_hint': { id: 'Ketik minimal 3 huruf nama atau angka NIP.', en: 'Type at least 3 letters of a name or digits of a NIP.' },
  'delegation.chat.nobody': {
    id: 'Tidak ada rekan aktif di perangkat daerah Anda yang cocok dengan "{query}". Coba nama atau NIP lain.',
    en: 'No active colleague in your agency matches "{query}". Try another name or NIP.',
  },
  'delegation.chat.candidate': { id: '{name} (NIP {nip}), {position}, {unit}', en: '{name} (NIP {nip}), {position}, {unit}' },
  'delegation.chat.pick': { id: 'Ada {count} yang cocok. Pilih pengganti Anda:', en: '{count} people match. Pick your substitute:' },
  'delegation.chat.pick_hint': { id: 'Pilih nomor dari daftar, atau ketik *kembali* untuk mencari lagi.', en: 'Pick a number from the list, or type *back* to search again.' },
  'delegation.chat.confirm': {
    id: 'Tunjuk pengganti:\n{who}\nTanggal: {dates}\n\nSelama itu kartu persetujuan cuti yang menunggu Anda dikirim kepada beliau. Anda berdua akan diberi tahu. Simpan?',
    en: 'Name as substitute:\n{who}\nDates: {dates}\n\nDuring that time the leave approval cards waiting for you go to them. You will both be told. Save?',
  },
  'delegation.chat.yes': { id: 'Ya, simpan', en: 'Yes, save' },
  'delegation.chat.no': { id: 'Tidak', en: 'No' },
  'delegation.chat.kept': { id: 'Baik, tidak ada yang diubah.', en: 'All right, nothing was changed.' },
  'delegation.chat.created': {
    id: 'Tercatat: {name} menggantikan Anda menyetujui cuti pada {dates}. Beliau sudah diberi tahu.',
    en: 'Saved: {name} approves leave in your place on {dates}. They have been told.',
  },
  'delegation.chat.end_confirm': {
    id: 'Akhiri penggantian oleh {name} ({dates}) mulai hari ini? Kartu yang menunggu kembali kepada Anda.',
    en: 'End the substitution by {name} ({dates}) from today? Waiting cards come back to you.',
  },
  'delegation.chat.end_yes': { id: 'Ya, akhiri', en: 'Yes, end it' },
  'delegation.chat.end_reason': { id: 'Diakhiri sendiri lewat chat', en: 'Ended by the approver in chat' },
  'delegation.chat.ended': { id: 'Penggantian oleh {name} sudah diakhiri. Beliau sudah diberi tahu.', en: 'The substitution by {name} has ended. They have been told.' },
  'delegation.offer': {
    id: 'Selama cuti {dates}, siapa yang menyetujui cuti tim Anda? Ketuk *Wakilkan* untuk menunjuk pengganti, atau ketik *wakilkan*.',
    en: 'Who approves your team’s leave during your leave {dates}? Tap *Substitute* to name one, or type *wakilkan*.',
  },
  'delegation.offer_button': { id: '👥 Wakilkan', en: '👥 Substitute' },
});
