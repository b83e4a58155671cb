import { defineCatalog } from '../catalog';

/**
 * What approvers read: the request card (sent as a notification and shown in
 * the approvals flow), its buttons, the outcome that replaces the buttons, and
 * the supervisor's approvals conversation.
 */
export const approvalsMessages = defineCatalog({
  // The card
  'approvals.card.title': { id: '📝 *Permintaan cuti {ref}*', en: '📝 *Leave request {ref}*' },
  'approvals.card.step': { id: 'Keputusan Anda sebagai {role} (tahap {order} dari {total})', en: 'Your decision as {role} (step {order} of {total})' },
  'approvals.card.authority': {
    id: 'Kewenangan: pejabat yang berwenang {unit}, atas pelimpahan dari {grantor}',
    en: 'Authority: the authorized official of {unit}, delegated by the {grantor}',
  },
  'approvals.card.authority_city': { id: 'Kewenangan: atas pelimpahan dari {grantor}', en: 'Authority: delegated by the {grantor}' },
  'approvals.card.authority_own': { id: 'Kewenangan: sebagai {grantor}', en: 'Authority: as the {grantor}' },
  'approvals.card.employee': { id: 'Pegawai: {name}\nNIP: {nip}\nUnit: {unit}', en: 'Employee: {name}\nNIP: {nip}\nUnit: {unit}' },
  'approvals.card.type': { id: 'Jenis: {type}', en: 'Type: {type}' },
  'approvals.card.dates': { id: 'Tanggal: {dates} ({days})', en: 'Dates: {dates} ({days})' },
  'approvals.card.half_day.MORNING': { id: 'setengah hari, pagi', en: 'half day, morning' },
  'approvals.card.half_day.AFTERNOON': { id: 'setengah hari, siang', en: 'half day, afternoon' },
  'approvals.card.days.WORKING_DAYS': { id: '{days} hari kerja', en: '{days} working days' },
  'approvals.card.days.CALENDAR_DAYS': { id: '{days} hari kalender', en: '{days} calendar days' },
  'approvals.card.reason': { id: 'Alasan: {reason}', en: 'Reason: {reason}' },
  'approvals.card.address': { id: 'Alamat selama cuti: {address}', en: 'Address during leave: {address}' },
  'approvals.card.phone': { id: 'Telepon selama cuti: {phone}', en: 'Phone during leave: {phone}' },
  'approvals.card.abroad': { id: 'Dijalani di luar negeri', en: 'Spent abroad' },
  'approvals.card.travel_days': { id: 'Hari perjalanan (daerah terpencil): {days} hari sesudah cuti', en: 'Travel days (hard-to-reach place): {days} after the leave' },
  'approvals.card.balance': {
    id: 'Sisa cuti tahunan {year} sesudah permintaan ini: {days} hari',
    en: 'Annual leave left in {year} after this request: {days} days',
  },
  'approvals.card.document_none': { id: 'Dokumen: tidak diperlukan', en: 'Document: not needed' },
  'approvals.card.document_attached': { id: 'Dokumen: {document}, terlampir ({count})', en: 'Document: {document}, attached ({count})' },
  'approvals.card.document_missing': {
    id: 'Dokumen: {document}, ⚠️ belum dikirim. Permintaan belum lengkap: belum dapat disetujui sampai pegawai mengirim suratnya.',
    en: 'Document: {document}, ⚠️ not sent yet. The request is incomplete: it cannot be approved until the employee sends the letter.',
  },
  'approvals.card.document_caption': {
    id: '📎 {document} untuk permintaan cuti {ref} ({name})',
    en: '📎 {document} for leave request {ref} ({name})',
  },
  'approvals.card.document_other': { id: 'Dokumen pendukung', en: 'Supporting document' },
  'approvals.card.unit_away': { id: 'Rekan unit yang cuti pada hari-hari itu:', en: 'Colleagues of the unit away on those days:' },
  'approvals.card.unit_away_item': { id: '• {name}: {type}, {dates}', en: '• {name}: {type}, {dates}' },
  'approvals.card.unit_away_item_pending': { id: '• {name}: {type}, {dates} (menunggu keputusan)', en: '• {name}: {type}, {dates} (awaiting a decision)' },
  'approvals.card.unit_away_more': { id: '• dan {count} lainnya', en: '• and {count} more' },
  'approvals.card.unit_away_none': { id: 'Tidak ada rekan unit yang cuti pada hari-hari itu.', en: 'No colleague of the unit is away on those days.' },
  'approvals.card.unit_remaining': { id: 'Yang tetap bertugas: {remaining} dari {total} pegawai unit.', en: 'Still at work: {remaining} of the unit’s {total} employees.' },
  'approvals.card.proxy': { id: 'Diajukan oleh {name} atas nama pegawai', en: 'Submitted by {name} on the employee’s behalf' },
  'approvals.card.recommendation': { id: 'Rekomendasi {name} ({role}): {decision}', en: 'Recommendation of {name} ({role}): {decision}' },
  'approvals.card.proposal': { id: 'Usulan tanggal: {dates}', en: 'Proposed dates: {dates}' },
  'approvals.card.note': { id: 'Catatan: {note}', en: 'Note: {note}' },
  'approvals.role.SUPERVISOR': { id: 'atasan langsung', en: 'direct supervisor' },
  'approvals.role.OFFICIAL': { id: 'pejabat yang berwenang', en: 'authorized official' },
  'approvals.decision.APPROVE': { id: 'setuju', en: 'approve' },
  'approvals.decision.CHANGE': { id: 'setuju dengan perubahan tanggal', en: 'approve with other dates' },
  'approvals.decision.DEFER': { id: 'tangguhkan', en: 'defer' },
  'approvals.decision.REJECT': { id: 'tolak', en: 'reject' },
  // The buttons
  'approvals.choice.APPROVE': { id: '✅ Setujui', en: '✅ Approve' },
  'approvals.choice.NOTE': { id: '📝 Tambah catatan', en: '📝 Add a note' },
  'approvals.choice.CHANGE': { id: '📅 Ubah tanggal', en: '📅 Change dates' },
  'approvals.choice.DEFER': { id: '⏸ Tangguhkan', en: '⏸ Defer' },
  'approvals.choice.REJECT': { id: '❌ Tolak', en: '❌ Reject' },
  'approvals.choice.FORM': { id: '📄 Formulir', en: '📄 Form' },
  // What replaces the buttons
  'approvals.outcome.APPROVE': { id: 'Disetujui oleh {name}, {at}', en: 'Approved by {name}, {at}' },
  'approvals.outcome.CHANGE': { id: 'Diubah ke {dates} oleh {name}, {at}', en: 'Changed to {dates} by {name}, {at}' },
  'approvals.outcome.DEFER': { id: 'Ditangguhkan oleh {name}, {at}', en: 'Deferred by {name}, {at}' },
  'approvals.outcome.DEFER_RECOMMENDED': {
    id: 'Disarankan ditangguhkan oleh {name}, {at}; diteruskan ke pejabat yang berwenang',
    en: 'Deferral recommended by {name}, {at}; passed to the authorized official',
  },
  'approvals.outcome.REJECT': { id: 'Ditolak oleh {name}, {at}', en: 'Rejected by {name}, {at}' },
  'approvals.outcome.CANCELLED': { id: 'Dibatalkan oleh {name}, {at}', en: 'Cancelled by {name}, {at}' },
  // The approvals conversation
  'approvals.none': {
    id: 'Tidak ada permintaan cuti yang menunggu keputusan Anda. 👍',
    en: 'No leave request is waiting for your decision. 👍',
  },
  'approvals.pick.waiting': {
    id: '{count} permintaan cuti menunggu keputusan Anda (paling lama menunggu di atas). Pilih satu:',
    en: '{count} leave requests are waiting for your decision (longest waiting first). Pick one:',
  },
  'approvals.pick.start': {
    id: '{count} permintaan cuti menunggu keputusan Anda (tanggal cuti terdekat di atas). Pilih satu:',
    en: '{count} leave requests are waiting for your decision (soonest leave first). Pick one:',
  },
  'approvals.sort.waiting': { id: '⏱ Urutkan: paling lama menunggu', en: '⏱ Sort: longest waiting' },
  'approvals.sort.start': { id: '📅 Urutkan: tanggal cuti terdekat', en: '📅 Sort: soonest leave' },
  'approvals.pick_hint': {
    id: 'Pilih permintaan dari daftar: ketik nomornya, atau *menu* untuk kembali.',
    en: 'Pick a request from the list: type its number, or *menu* to go back.',
  },
  'approvals.item': { id: '{name} · {type} · {dates} · {age}', en: '{name} · {type} · {dates} · {age}' },
  'approvals.age.today': { id: 'masuk hari ini', en: 'arrived today' },
  'approvals.age.days': { id: 'menunggu {days} hari', en: 'waiting {days} days' },
  'approvals.card_hint': {
    id: 'Pilih keputusan: ketik nomornya (*1* setujui), atau *menu* untuk kembali.',
    en: 'Choose a decision: type its number (*1* approves), or *menu* to go back.',
  },
  'approvals.press_button': {
    id: 'Pilih keputusan dengan tombol pada kartu permintaan, atau ketik *persetujuan* untuk melihat daftar.',
    en: 'Choose a decision with the buttons on the request card, or type *approvals* to see the list.',
  },
  'approvals.ask_note.APPROVE': {
    id: 'Tulis catatan untuk {name}; permintaannya disetujui bersama catatan itu.',
    en: 'Write the note for {name}; the request is approved with it.',
  },
  'approvals.ask_note.CHANGE': {
    id: 'Catatan tentang perubahan tanggal untuk {name}? Tulis catatannya, atau pilih *Tanpa catatan*.',
    en: 'A note for {name} about the new dates? Write it, or pick *No note*.',
  },
  'approvals.ask_note.DEFER': {
    id: 'Alasan penangguhan untuk {name} (wajib)? Pilih alasan di bawah atau tulis sendiri:',
    en: 'The reason for deferring, for {name} (required)? Pick one below or write your own:',
  },
  'approvals.ask_note.REJECT': {
    id: 'Alasan penolakan untuk {name} (wajib)? Pilih alasan di bawah atau tulis sendiri:',
    en: 'The reason for rejecting, for {name} (required)? Pick one below or write your own:',
  },
  'approvals.choice.no_note': { id: 'Tanpa catatan', en: 'No note' },
  // Common reasons, picked with one tap (the note the employee reads)
  'approvals.reason.REJECT.1': { id: 'Kebutuhan dinas belum memungkinkan', en: 'Service needs do not allow it' },
  'approvals.reason.REJECT.2': { id: 'Dokumen pendukung belum lengkap', en: 'Supporting documents are incomplete' },
  'approvals.reason.REJECT.3': { id: 'Terlalu banyak pegawai unit cuti pada tanggal itu', en: 'Too many of the unit are away on those days' },
  'approvals.reason.DEFER.1': { id: 'Kebutuhan dinas yang mendesak', en: 'Pressing service needs' },
  'approvals.reason.DEFER.2': { id: 'Beban kerja akhir tahun', en: 'Year-end workload' },
  'approvals.reason.DEFER.3': { id: 'Terlalu banyak pegawai unit cuti pada tanggal itu', en: 'Too many of the unit are away on those days' },
  'approvals.note_required': {
    id: 'Alasan wajib diisi. Pilih salah satu alasan, atau tuliskan dalam satu pesan (paling banyak {max} huruf).',
    en: 'A reason is required. Pick one, or write it in one message (at most {max} characters).',
  },
  'approvals.note_hint': {
    id: 'Tulis catatan dalam satu pesan (paling banyak {max} huruf), atau ketik *-* jika tidak ada.',
    en: 'Write the note in one message (at most {max} characters), or type *-* for none.',
  },
  'approvals.ask_dates': {
    id: 'Tanggal pengganti untuk {name}? Sekarang {dates}. Tulis misalnya *14-16 des*.',
    en: 'Which dates instead, for {name}? Now {dates}. Write e.g. *14-16 dec*.',
  },
  'approvals.dates_unclear': {
    id: 'Tanggalnya belum saya pahami. Tulis misalnya *14-16 des* atau *14/12/2026 - 16/12/2026*.',
    en: 'I could not read those dates. Write e.g. *14-16 dec* or *14/12/2026 - 16/12/2026*.',
  },
  'approvals.dates_refused': {
    id: 'Tanggal itu tidak bisa dipakai. Tulis tanggal lain, atau ketik *batal*.',
    en: 'Those dates cannot be used. Write other dates, or type *cancel*.',
  },
  'approvals.saved_final': {
    id: 'Tersimpan: {outcome}. {name} sudah diberi tahu.',
    en: 'Saved: {outcome}. {name} has been told.',
  },
  'approvals.saved_forwarded': {
    id: 'Tersimpan: {outcome}. Permintaan diteruskan ke {next} ({role}) untuk keputusan akhir.',
    en: 'Saved: {outcome}. The request goes on to {next} ({role}) for the final decision.',
  },
  'approvals.more_pending': {
    id: 'Masih ada {count} permintaan menunggu. Ketik *persetujuan* untuk melihatnya.',
    en: '{count} more requests are waiting. Type *approvals* to see them.',
  },
  'approvals.refused': { id: '⚠️ {reason}', en: '⚠️ {reason}' },
});
