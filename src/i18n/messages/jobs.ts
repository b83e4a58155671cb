import { defineCatalog } from '../catalog';

/**
 * Texts of the scheduled jobs: approver reminders and escalation, employee
 * reminders, the CT balance summary, the HR daily digest (chat text and CSV)
 * and the admin job endpoints. Dates and day counts arrive formatted.
 */
export const jobsMessages = defineCatalog({
  'jobs.reminder.approver': {
    id: 'Pengingat: pengajuan cuti {name} ({type}, {dates}) menunggu keputusan Anda sejak {days} hari kerja. Nomor pengajuan: {ref}.',
    en: 'Reminder: the leave request of {name} ({type}, {dates}) has been waiting for your decision for {days} working days. Request number: {ref}.',
  },
  'jobs.escalation.supervisor': {
    id: 'Eskalasi: pengajuan cuti {name} ({type}, {dates}) belum diputuskan oleh {approver} selama {days} hari kerja. Sebagai atasan {approver}, Anda sekarang dapat memutuskannya. Nomor pengajuan: {ref}.',
    en: 'Escalation: the leave request of {name} ({type}, {dates}) has not been decided by {approver} for {days} working days. As {approver}’s supervisor, you can now decide it. Request number: {ref}.',
  },
  'jobs.escalation.approver': {
    id: 'Pengajuan cuti {name} ({type}, {dates}) belum Anda putuskan selama {days} hari kerja, sehingga diteruskan kepada {supervisor}. Anda masih dapat memutuskannya.',
    en: 'You have not decided the leave request of {name} ({type}, {dates}) for {days} working days, so it has been passed on to {supervisor}. You can still decide it.',
  },
  'jobs.leave_starts': {
    id: 'Pengingat: {type} Anda dimulai {start} ({dates}, {days} hari). Selamat beristirahat!',
    en: 'Reminder: your {type} starts on {start} ({dates}, {days} days). Enjoy your time off!',
  },
  'jobs.balance_summary.keep': {
    id: 'Sisa cuti tahunan Anda {days} hari. Cuti yang tidak diambil sampai 31 Desember {year} dapat dibawa seluruhnya ke tahun {next}.',
    en: 'You have {days} days of annual leave left. Days not taken by 31 December {year} all carry over to {next}.',
  },
  'jobs.balance_summary.lose': {
    id: 'Sisa cuti tahunan Anda {days} hari. Cuti yang tidak diambil sampai 31 Desember {year} hanya dapat dibawa ke tahun {next} sebanyak {carry} hari; {lost} hari sisanya hangus. Ajukan cuti sekarang agar tidak hilang.',
    en: 'You have {days} days of annual leave left. Of the days not taken by 31 December {year}, only {carry} carry over to {next}; the other {lost} are lost. Request your leave now so you do not lose it.',
  },
  'jobs.balance_summary.lose_all': {
    id: 'Sisa cuti tahunan Anda {days} hari. Cuti yang tidak diambil sampai 31 Desember {year} hangus dan tidak dapat dibawa ke tahun {next}. Ajukan cuti sekarang agar tidak hilang.',
    en: 'You have {days} days of annual leave left. Days not taken by 31 December {year} are lost and do not carry over to {next}. Request your leave now so you do not lose them.',
  },

  'jobs.digest.title': { id: 'Ringkasan harian SAPA, {date}', en: 'SAPA daily digest, {date}' },
  'jobs.digest.on_leave_today': { id: 'Cuti hari ini: {count} orang', en: 'On leave today: {count}' },
  'jobs.digest.nobody_on_leave': { id: 'Tidak ada pegawai yang cuti hari ini.', en: 'Nobody is on leave today.' },
  'jobs.digest.unit_line': { id: '• {unit} ({count}): {names}', en: '• {unit} ({count}): {names}' },
  'jobs.digest.more_people': { id: '+{count} lainnya', en: '+{count} more' },
  'jobs.digest.more_units': { id: '• dan {count} unit lainnya', en: '• and {count} more units' },
  'jobs.digest.on_leave_week': { id: 'Cuti minggu ini ({dates}): {count} orang', en: 'On leave this week ({dates}): {count}' },
  'jobs.digest.requests': {
    id: 'Sejak {since}: {requests} pengajuan baru, {decisions} keputusan ({approved} disetujui, {rejected} tidak disetujui)',
    en: 'Since {since}: {requests} new requests, {decisions} decisions ({approved} approved, {rejected} not approved)',
  },
  'jobs.digest.pending': {
    id: 'Menunggu keputusan: {open} pengajuan, {overdue} terlambat',
    en: 'Awaiting a decision: {open} requests, {overdue} overdue',
  },
  'jobs.digest.overdue_line': {
    id: '• {name} ({type}) menunggu {approver} {days} hari kerja',
    en: '• {name} ({type}) waiting for {approver} for {days} working days',
  },
  'jobs.digest.unreachable': { id: 'Tidak dapat dihubungi: {count} orang ({names})', en: 'Unreachable: {count} ({names})' },
  'jobs.digest.dead_letters': {
    id: 'Pesan gagal terkirim: {count} (baru sejak {since}: {recent})',
    en: 'Messages that could not be delivered: {count} (new since {since}: {recent})',
  },
  'jobs.digest.payslips': {
    id: 'Slip gaji terkirim sejak {since}: {count}',
    en: 'Payslips delivered since {since}: {count}',
  },
  'jobs.digest.payslip_period': {
    id: 'Slip gaji {period}: {delivered} dari {total} pegawai sudah menerima',
    en: 'Payslips of {period}: {delivered} of {total} employees have received theirs',
  },
  'jobs.digest.job_problems': {
    id: 'Tugas terjadwal bermasalah: {count} ({runs})',
    en: 'Scheduled jobs with problems: {count} ({runs})',
  },
  'jobs.digest.send_queue_drain': {
    id: 'Antrean kirim {channel}: {count} pesan, perkiraan selesai {wait}',
    en: 'Send queue on {channel}: {count} messages, expected to clear in {wait}',
  },
  'jobs.digest.send_queue': { id: 'Antrean kirim {channel}: {count} pesan', en: 'Send queue on {channel}: {count} messages' },
  'jobs.digest.removed': {
    id: 'Dihapus sesuai masa simpan data sejak {since}: {items}',
    en: 'Removed under the retention policy since {since}: {items}',
  },
  'jobs.digest.removed.leaveDocuments': { id: '{count} berkas surat cuti', en: '{count} leave letter files' },
  'jobs.digest.removed.outboxMessages': { id: '{count} pesan terkirim', en: '{count} sent messages' },
  'jobs.digest.removed.sessions': { id: '{count} percakapan usai', en: '{count} ended conversations' },
  'jobs.digest.removed.processedEvents': { id: '{count} catatan pesan masuk', en: '{count} inbound message records' },
  'jobs.digest.removed.codesWiped': { id: '{count} kode sekali pakai', en: '{count} one-time codes' },
  'jobs.digest.removed.linkCodes': { id: '{count} catatan kode', en: '{count} code records' },
  'jobs.digest.removed.linkFailures': { id: '{count} catatan salah tautan', en: '{count} failed linking records' },
  'jobs.digest.removed.auditRowsStripped': { id: '{count} catatan audit lama dihapus teks bebasnya', en: '{count} old audit rows stripped of free text' },
  'jobs.digest.job_problem_run': { id: '{job} {slot} {problem}', en: '{job} {slot} {problem}' },
  'jobs.problem.FAILED': { id: 'gagal', en: 'failed' },
  'jobs.problem.INTERRUPTED': { id: 'terhenti karena SAPA dimatikan', en: 'interrupted by a stop of SAPA' },
  'jobs.problem.STALE': { id: 'macet lebih dari 1 jam', en: 'stuck for over an hour' },
  'jobs.digest.details': { id: 'Rincian lengkap ada di lampiran CSV.', en: 'The full details are in the attached CSV.' },
  'jobs.digest.csv_caption': { id: 'Rincian ringkasan harian {date}', en: 'Details of the daily digest of {date}' },
  'jobs.digest.csv_header': {
    id: 'Bagian,Unit,Nama,NIP,Jenis,Mulai,Selesai,Keterangan',
    en: 'Section,Unit,Name,NIP,Type,Start,End,Detail',
  },
  'jobs.digest.section.on_leave_today': { id: 'Cuti hari ini', en: 'On leave today' },
  'jobs.digest.section.on_leave_week': { id: 'Cuti minggu ini', en: 'On leave this week' },
  'jobs.digest.section.new_request': { id: 'Pengajuan baru', en: 'New request' },
  'jobs.digest.section.decision': { id: 'Keputusan', en: 'Decision' },
  'jobs.digest.section.overdue': { id: 'Persetujuan terlambat', en: 'Overdue approval' },
  'jobs.digest.section.unreachable': { id: 'Tidak dapat dihubungi', en: 'Unreachable' },
  'jobs.digest.section.dead_letter': { id: 'Pesan gagal', en: 'Undelivered message' },
  'jobs.digest.section.payslip': { id: 'Slip gaji', en: 'Payslips' },
  'jobs.digest.section.job_problem': { id: 'Tugas terjadwal', en: 'Scheduled job' },
  'jobs.digest.section.removed': { id: 'Dihapus (masa simpan)', en: 'Removed (retention)' },
  'jobs.digest.csv.waiting': {
    id: 'menunggu {approver} sejak {since} ({days} hari kerja)',
    en: 'waiting for {approver} since {since} ({days} working days)',
  },
  'jobs.digest.csv.unreachable': { id: '{channel} sejak {since}', en: '{channel} since {since}' },
  'jobs.digest.csv.job_problem': { id: '{problem}, mulai {started}: {error}', en: '{problem}, started {started}: {error}' },
  'jobs.digest.csv.dead_letter': { id: '{channel} {chat}: {error}', en: '{channel} {chat}: {error}' },
  'jobs.digest.csv.payslip_period': {
    id: '{period}: {delivered} dari {total} terkirim; {since} terkirim sejak {day}',
    en: '{period}: {delivered} of {total} delivered; {since} delivered since {day}',
  },

  'jobs.not_found': { id: 'Tugas terjadwal tidak dikenal.', en: 'Unknown scheduled job.' },
  'jobs.invalid_slot': {
    id: 'Slot tidak valid untuk tugas ini: tulis {format}.',
    en: 'Not a valid slot for this job: write {format}.',
  },
  'jobs.slot_taken': {
    id: 'Tugas {job} untuk slot {slot} sudah atau sedang dijalankan.',
    en: 'Job {job} has already run, or is running, for slot {slot}.',
  },
});
