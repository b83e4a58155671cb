import { defineCatalog } from '../catalog';

/**
 * What the leave services say: the errors of the use cases (beyond the rule
 * errors of ./leave.ts) and the notifications sent to employees.
 */
export const leaveNotifyMessages = defineCatalog({
  // Errors of the use cases
  'leave.refused': { id: 'Permintaan cuti belum bisa diajukan:', en: 'The leave request cannot be submitted:' },
  'leave.employee_not_found': {
    id: 'Data pegawai tidak ditemukan atau sudah tidak aktif.',
    en: 'The employee is not on record or no longer active.',
  },
  'leave.proxy_not_allowed': {
    id: 'Anda tidak berwenang mengurus cuti pegawai ini. Hanya pegawai itu sendiri, atasannya, atau petugas BKPSDM.',
    en: 'You may not act on this employee’s leave. Only the employee, their supervisor, or HR may.',
  },
  'leave.request_not_found': { id: 'Permintaan cuti tidak ditemukan.', en: 'Leave request not found.' },
  'forbidden.leave_document': {
    id: 'Surat ini hanya boleh dibuka oleh petugas kepegawaian dan pejabat yang memutus pengajuannya.',
    en: 'Only HR and the officials who decide the request may open this letter.',
  },
  'leave.document_purged': {
    id: 'Berkas surat ini sudah dihapus pada {date} sesuai masa simpan data.',
    en: 'The file of this letter was removed on {date} under the retention policy.',
  },
  'leave.document_invalid': {
    id: 'Dokumen yang dilampirkan tidak ditemukan atau sudah dipakai. Kirim ulang dokumennya.',
    en: 'The attached document was not found or is already used. Please send it again.',
  },
  'leave.document_not_pending': {
    id: 'Surat hanya dapat dikirim untuk permintaan yang masih menunggu keputusan.',
    en: 'A letter can only be sent for a request still awaiting a decision.',
  },
  'leave.document_file_invalid': {
    id: 'Kirim surat berupa foto atau file PDF (paling besar {maxMb} MB).',
    en: 'Send the letter as a photo or a PDF (at most {maxMb} MB).',
  },
  'leave.not_cuti_bersama': {
    id: '{date} bukan cuti bersama dalam daftar hari libur.',
    en: '{date} is not a collective leave day in the holiday table.',
  },
  'leave.already_credited': {
    id: 'Cuti bersama {date} sudah ditambahkan ke cuti tahunan pegawai ini.',
    en: 'Collective leave {date} was already added to this employee’s annual leave.',
  },
  'leave.balance_changed': {
    id: 'Sisa cuti berubah saat permintaan diproses. Silakan coba lagi.',
    en: 'The leave balance changed while the request was processed. Please try again.',
  },
  'leave.step_unknown': {
    id: 'Tombol ini tidak berlaku: permintaan cuti yang dimaksud tidak ditemukan.',
    en: 'This button is not valid: the leave request it refers to was not found.',
  },
  'leave.already_decided': {
    id: 'Permintaan ini sudah diputuskan oleh {by} pada {at}.',
    en: 'This request was already decided by {by} on {at}.',
  },
  'leave.step_not_current': {
    id: 'Permintaan ini sedang tidak menunggu keputusan pada tahap ini ({status}).',
    en: 'This request is not waiting for a decision at this step ({status}).',
  },
  'leave.not_your_step': {
    id: 'Permintaan ini bukan untuk Anda putuskan.',
    en: 'This request is not yours to decide.',
  },
  'leave.note_required': {
    id: 'Keputusan menangguhkan atau menolak wajib disertai alasan.',
    en: 'Deferring or rejecting needs a reason.',
  },
  // Notifications to employees
  'leave.notify.submitted_for_you': {
    id: '📝 {proxy} mengajukan {type} atas nama Anda: {dates} ({days} hari). Nomor {ref}, menunggu keputusan {approver}.',
    en: '📝 {proxy} submitted {type} on your behalf: {dates} ({days} days). Number {ref}, waiting for {approver}.',
  },
  'leave.notify.forwarded': {
    id: '➡️ Permintaan cuti {ref} ({dates}) sudah direkomendasikan {name} dan diteruskan ke {next} untuk keputusan akhir.',
    en: '➡️ Your leave request {ref} ({dates}) was recommended by {name} and goes on to {next} for the final decision.',
  },
  'leave.notify.outcome.APPROVED': {
    id: '✅ Cuti Anda {ref} ({type}, {dates}) disetujui oleh {name}.',
    en: '✅ Your leave {ref} ({type}, {dates}) was approved by {name}.',
  },
  'leave.notify.outcome.CHANGED': {
    id: '📅 Cuti Anda {ref} ({type}) disetujui oleh {name} dengan tanggal {dates} ({days} hari).',
    en: '📅 Your leave {ref} ({type}) was approved by {name} for {dates} ({days} days).',
  },
  'leave.notify.outcome.DEFERRED': {
    id: '⏸ Cuti Anda {ref} ({type}, {dates}) ditangguhkan oleh {name}.',
    en: '⏸ Your leave {ref} ({type}, {dates}) was deferred by {name}.',
  },
  'leave.notify.outcome.REJECTED': {
    id: '❌ Cuti Anda {ref} ({type}, {dates}) tidak disetujui oleh {name}.',
    en: '❌ Your leave {ref} ({type}, {dates}) was not approved by {name}.',
  },
  'leave.notify.document_needed': {
    id: '⚠️ Permintaan cuti {ref} ({type}, {dates}) belum lengkap: *{document}* belum dikirim, sehingga belum dapat disetujui. Ketik *kirim surat* lalu kirim foto atau file PDF suratnya.',
    en: '⚠️ Your leave request {ref} ({type}, {dates}) is incomplete: the *{document}* has not been sent, so it cannot be approved yet. Type *send letter* and send a photo or a PDF of it.',
  },
  'leave.notify.returned_early': {
    id: '🏢 Anda tercatat masuk kerja kembali mulai {returnDay}. Cuti {ref} kini {dates} ({days} hari); {back} hari kembali ke sisa cuti tahunan Anda.',
    en: '🏢 You are recorded back at work from {returnDay}. Your leave {ref} is now {dates} ({days} days); {back} days go back to your annual leave.',
  },
  'leave.notify.returned_early_approvers': {
    id: '🏢 {employee} masuk kerja kembali mulai {returnDay} (dicatat oleh {name}). Cuti {ref} ({type}) kini {dates}, {days} hari.',
    en: '🏢 {employee} is back at work from {returnDay} (recorded by {name}). Leave {ref} ({type}) is now {dates}, {days} days.',
  },
  'leave.notify.recounted': {
    id: '📅 {holidays} kini hari libur atau cuti bersama. Cuti {ref} ({dates}) dihitung ulang menjadi {days} hari kerja; {back} hari kembali ke sisa cuti tahunan Anda.',
    en: '📅 {holidays} is now a holiday or collective leave. Your leave {ref} ({dates}) is counted again as {days} working days; {back} days go back to your annual leave.',
  },
  'leave.notify.cuti_bersama_credited': {
    id: '➕ Anda bertugas pada cuti bersama {dates}: {days} hari ditambahkan ke cuti tahunan Anda.',
    en: '➕ You worked on collective leave {dates}: {days} days are added to your annual leave.',
  },
  'leave.notify.hr_officer': { id: 'Petugas BKPSDM', en: 'An HR officer' },
  'leave.notify.note': { id: 'Catatan: {note}', en: 'Note: {note}' },
  'leave.notify.balance': {
    id: 'Sisa cuti tahunan {year}: {days} hari.',
    en: 'Annual leave left in {year}: {days} days.',
  },
  'leave.notify.grant_cancelled': {
    id: '✖️ Cuti {employee} yang sudah disetujui dibatalkan oleh {name}: {ref} ({type}, {dates}, {days} hari).',
    en: '✖️ The granted leave of {employee} was cancelled by {name}: {ref} ({type}, {dates}, {days} days).',
  },
  'leave.notify.converted_to_sick': {
    id: '🤒 {employee} sakit saat cuti tahunan {ref}: {sickDates} kini cuti sakit {sickRef} ({sickDays} hari, dengan surat dokter), dilaporkan oleh {name}. {back} hari kembali ke cuti tahunannya.',
    en: '🤒 {employee} fell ill during annual leave {ref}: {sickDates} is now sick leave {sickRef} ({sickDays} days, with a doctor’s letter), reported by {name}. {back} days go back to their annual leave.',
  },
  'leave.notify.converted_to_sick_for_you': {
    id: '🤒 {sickDates} dicatat sebagai cuti sakit {sickRef} ({sickDays} hari) dalam cuti tahunan {ref}; {back} hari kembali ke sisa cuti tahunan Anda.',
    en: '🤒 {sickDates} is recorded as sick leave {sickRef} ({sickDays} days) within your annual leave {ref}; {back} days go back to your annual leave.',
  },
  'leave.notify.cancelled_for_you': {
    id: '✖️ Permintaan cuti {ref} ({type}, {dates}) dibatalkan oleh {name}.',
    en: '✖️ Your leave request {ref} ({type}, {dates}) was cancelled by {name}.',
  },
});
