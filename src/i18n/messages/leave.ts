import { defineCatalog } from '../catalog';

/**
 * Leave texts: the errors of src/domain/leave (params documented there; days
 * already formatted by leaveErrorParams), the names of types, documents,
 * statuses and reasons.
 */
export const leaveMessages = defineCatalog({
  'leave.invalid_date': {
    id: 'Tanggal tidak valid. Periksa kembali tanggal mulai dan selesai.',
    en: 'That date is not valid. Please check the start and end dates.',
  },
  'leave.end_before_start': {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    en: 'The end date cannot be before the start date.',
  },
  'leave.unknown_type': {
    id: 'Jenis cuti tidak dikenal.',
    en: 'Unknown leave type.',
  },
  'leave.type_not_requestable': {
    id: 'Jenis cuti ini tidak diajukan lewat permintaan. Cuti bersama ditetapkan oleh pemerintah.',
    en: 'This type of leave is not requested. Collective leave is set by the government.',
  },
  'leave.type_not_available_for_kind': {
    id: 'Jenis cuti ini tidak tersedia untuk {kind}.',
    en: 'This type of leave is not available to {kind} employees.',
  },
  'leave.half_day_not_allowed': {
    id: 'Cuti setengah hari hanya bisa untuk cuti tahunan satu hari.',
    en: 'Half-day leave is only possible for a single day of annual leave.',
  },
  'leave.no_working_days': {
    id: 'Tanggal yang dipilih jatuh pada hari libur atau akhir pekan, tidak ada hari kerja yang perlu dicutikan.',
    en: 'The chosen dates fall on holidays or weekends: there is no working day to take off.',
  },
  'leave.start_in_past': {
    id: 'Tanggal mulai sudah lewat. Pilih tanggal hari ini atau sesudahnya.',
    en: 'The start date has passed. Choose today or a later date.',
  },
  'leave.sick_backdate_exceeded': {
    id: 'Cuti sakit hanya bisa diajukan paling lama {days} hari setelah mulai sakit.',
    en: 'Sick leave can be requested at most {days} days after it started.',
  },
  'leave.notice_too_short': {
    id: 'Cuti ini harus diajukan paling lambat {days} hari sebelum tanggal mulai. Tanggal mulai paling cepat {earliest}.',
    en: 'This leave must be requested at least {days} days before it starts. The earliest start is {earliest}.',
  },
  'leave.abroad_notice_too_short': {
    id: 'Cuti ke luar negeri harus diajukan paling lambat {days} hari sebelumnya. Tanggal mulai paling cepat {earliest}.',
    en: 'Leave abroad must be requested at least {days} days ahead. The earliest start is {earliest}.',
  },
  'leave.service_too_short': {
    id: 'Cuti ini baru bisa diambil setelah masa kerja {years} tahun, yaitu mulai {eligibleFrom}.',
    en: 'This leave requires {years} years of service, reached on {eligibleFrom}.',
  },
  'leave.pppk_early_reason_required': {
    id: 'Sebelum masa kerja 1 tahun ({eligibleFrom}), PPPK hanya bisa cuti tahunan karena keluarga inti sakit keras atau meninggal dunia, atau untuk perkawinan pertama.',
    en: 'Before one year of service ({eligibleFrom}), PPPK may take annual leave only for a close family member’s serious illness or death, or their first marriage.',
  },
  'leave.pppk_early_allowance_exceeded': {
    id: 'Sebelum masa kerja 1 tahun, cuti tahunan PPPK paling banyak {max} hari kerja. Sudah terpakai {used} hari, permintaan {requested} hari.',
    en: 'Before one year of service, PPPK annual leave is at most {max} working days. {used} days are taken, {requested} requested.',
  },
  'leave.child_order_required': {
    id: 'Sebutkan anak keberapa yang akan dilahirkan.',
    en: 'Please say which child this is (first, second, ...).',
  },
  'leave.maternity_use_long_leave': {
    id: 'Cuti melahirkan hanya untuk anak pertama sampai ketiga. Untuk anak ke-{childOrder}, ajukan cuti besar.',
    en: 'Maternity leave covers the first to third child only. For child number {childOrder}, request long leave (cuti besar).',
  },
  'leave.maternity_child_order_exceeded': {
    id: 'Cuti melahirkan hanya untuk anak pertama sampai ke-{max}.',
    en: 'Maternity leave covers the first to child number {max} only.',
  },
  'leave.maternity_female_only': {
    id: 'Cuti melahirkan hanya untuk pegawai perempuan. Untuk istri melahirkan, ajukan cuti karena alasan penting.',
    en: 'Maternity leave is for female employees. For a wife giving birth, request leave for important reasons.',
  },
  'leave.cap_reason_required': {
    id: 'Pilih alasan cuti karena alasan penting.',
    en: 'Choose the reason for the leave for important reasons.',
  },
  'leave.cap_reason_invalid': {
    id: 'Alasan ini tidak termasuk alasan penting yang diatur.',
    en: 'This is not one of the important reasons the regulation allows.',
  },
  'leave.too_long': {
    id: 'Lama cuti melebihi batas. Tanggal selesai paling lambat {lastDay}.',
    en: 'The leave is longer than allowed. It must end by {lastDay}.',
  },
  'leave.after_contract_end': {
    id: 'Cuti tidak boleh melewati akhir perjanjian kerja Anda ({contractEnd}).',
    en: 'The leave cannot go beyond the end of your contract ({contractEnd}).',
  },
  'leave.travel_days_not_allowed': {
    id: 'Tambahan hari perjalanan hanya untuk cuti tahunan pegawai di daerah yang sulit dijangkau.',
    en: 'Extra travel days are only for annual leave of staff in hard-to-reach places.',
  },
  'leave.travel_days_exceeded': {
    id: 'Tambahan hari perjalanan paling banyak {max} hari kalender setahun. Sudah terpakai {used} hari, permintaan {requested} hari.',
    en: 'Extra travel days are at most {max} calendar days a year. {used} are taken, {requested} requested.',
  },
  'leave.overlap': {
    id: 'Tanggal ini bertabrakan dengan cuti Anda yang lain ({start} s.d. {end}).',
    en: 'These dates overlap another leave of yours ({start} to {end}).',
  },
  'leave.annual_forfeited': {
    id: 'Anda mengambil cuti besar pada tahun {year}, sehingga hak cuti tahunan tahun itu gugur.',
    en: 'You take long leave in {year}, so your annual leave for that year is forfeited.',
  },
  'leave.balance_unavailable': {
    id: 'Sisa cuti tahunan untuk tahun {year} belum tersedia. Hubungi BKPSDM.',
    en: 'Your annual leave balance for {year} is not available yet. Please contact HR.',
  },
  'leave.insufficient_balance': {
    id: 'Sisa cuti tahunan Anda {available} hari, permintaan {requested} hari kerja.',
    en: 'You have {available} days of annual leave left; this request takes {requested} working days.',
  },
  'leave.invalid_days': {
    id: 'Jumlah hari cuti tidak valid ({days}).',
    en: 'Invalid number of leave days ({days}).',
  },
  'leave.balance_inconsistent': {
    id: 'Catatan sisa cuti tidak sesuai. Hubungi BKPSDM.',
    en: 'The leave balance records do not match. Please contact HR.',
  },
  'leave.not_pending': {
    id: 'Permintaan cuti ini sudah diputuskan atau dibatalkan.',
    en: 'This leave request has already been decided or cancelled.',
  },
  'leave.change_dates_required': {
    id: 'Untuk mengubah, tuliskan tanggal mulai dan tanggal selesai yang baru.',
    en: 'To change the request, give the new start and end dates.',
  },
  'leave.not_approver': {
    id: 'Anda bukan pejabat yang memutuskan permintaan cuti ini.',
    en: 'You are not the one who decides this leave request.',
  },
  'leave.own_request': {
    id: 'Anda tidak dapat memutuskan permintaan cuti Anda sendiri.',
    en: 'You cannot decide on your own leave request.',
  },
  'leave.not_cancellable': {
    id: 'Permintaan cuti ini tidak dapat dibatalkan lagi.',
    en: 'This leave request can no longer be cancelled.',
  },
  'leave.cancel_after_start': {
    id: 'Cuti yang sudah dimulai ({start}) tidak dapat dibatalkan. Hubungi atasan Anda.',
    en: 'Leave that has started ({start}) cannot be cancelled. Please talk to your supervisor.',
  },
  'leave.no_approver': {
    id: 'Atasan yang memutuskan cuti Anda belum tercatat. Hubungi BKPSDM.',
    en: 'No approver is on record for your leave. Please contact HR.',
  },
  'leave.policy_invalid': {
    id: 'Pengaturan cuti instansi tidak valid: {detail}',
    en: 'The agency’s leave settings are not valid: {detail}',
  },
  'leave.document_missing': {
    id: 'Permintaan ini belum lengkap: {document} belum dikirim, sehingga belum dapat disetujui. Anda tetap dapat menolak atau menangguhkannya.',
    en: 'This request is incomplete: the {document} has not been sent, so it cannot be approved yet. You can still reject or defer it.',
  },
  'leave.defer_official_only': {
    id: 'Hanya pejabat yang berwenang yang dapat menangguhkan cuti. Di sini keputusan Anda final: setujui, ubah tanggal, atau tolak.',
    en: 'Only the authorized official can defer leave. Your decision here is final: approve, change the dates, or reject.',
  },
  'leave.episode_exceeded': {
    id: 'Cuti ini menyambung cuti sejenis sejak {since} ({taken} hari sudah diambil: {refs}). Bersama-sama paling lama sampai {lastDay}.',
    en: 'This leave continues leave of the same type since {since} ({taken} days already taken: {refs}). Together it must end by {lastDay}.',
  },
  'leave.sick_episode_exceeded': {
    id: 'Cuti sakit ini menyambung cuti sakit sejak {since} ({taken} hari sudah diambil: {refs}). Bersama-sama paling lama sampai {lastDay}; lebih dari itu perlu surat keterangan tim penguji kesehatan.',
    en: 'This sick leave continues sick leave since {since} ({taken} days already taken: {refs}). Together it must end by {lastDay}; beyond that a health board letter is needed.',
  },
  'leave.long_leave_interval': {
    id: 'Cuti besar hanya sekali dalam {years} tahun. Cuti besar Anda {ref} mulai {last}; cuti besar berikutnya paling cepat {eligibleFrom}.',
    en: 'Long leave is once every {years} years. Your long leave {ref} started {last}; the next can start on {eligibleFrom} at the earliest.',
  },
  'leave.maternity_child_taken': {
    id: 'Cuti melahirkan untuk anak ke-{childOrder} sudah diajukan ({ref}, {start} s.d. {end}).',
    en: 'Maternity leave for child number {childOrder} was already requested ({ref}, {start} to {end}).',
  },
  'leave.return_not_granted': {
    id: 'Hanya cuti yang sudah disetujui yang dapat diakhiri lebih awal (status sekarang: {status}).',
    en: 'Only granted leave can be ended early (its status now: {status}).',
  },
  'leave.return_before_start': {
    id: 'Cuti ini belum dimulai ({start}): batalkan saja permintaannya.',
    en: 'This leave has not started yet ({start}): cancel the request instead.',
  },
  'leave.return_day_outside': {
    id: 'Tanggal masuk kerja harus antara {start} dan {end}.',
    en: 'The day back at work must be between {start} and {end}.',
  },
  'leave.convert_not_granted_annual': {
    id: 'Hanya cuti tahunan yang sudah disetujui yang dapat diubah menjadi cuti sakit (status sekarang: {status}).',
    en: 'Only granted annual leave can be turned into sick leave (its status now: {status}).',
  },
  'leave.convert_outside': {
    id: 'Hari sakit harus di dalam cuti tahunan itu: antara {start} dan {end}.',
    en: 'The sick days must lie within that annual leave: between {start} and {end}.',
  },
  'leave.convert_not_begun': {
    id: 'Sakit yang belum terjadi ({start}) belum dapat dilaporkan.',
    en: 'Sickness that has not begun ({start}) cannot be reported yet.',
  },
  'leave.convert_too_late': {
    id: 'Sakit saat cuti dilaporkan paling lambat {days} hari setelah hari sakit terakhir.',
    en: 'Sickness during leave must be reported at most {days} days after the last sick day.',
  },
  'leave.convert_overlap': {
    id: 'Hari {start} s.d. {end} sudah menjadi cuti sakit.',
    en: 'The days {start} to {end} are already sick leave.',
  },
  'leave.convert_letter_required': {
    id: 'Sakit saat cuti perlu surat keterangan dokter: kirim foto atau file PDF-nya.',
    en: 'Sickness during leave needs a doctor’s letter: send a photo or a PDF of it.',
  },
  'leave.type.CT': { id: 'Cuti Tahunan', en: 'Annual leave' },
  'leave.type.CB': { id: 'Cuti Besar', en: 'Long leave' },
  'leave.type.CS': { id: 'Cuti Sakit', en: 'Sick leave' },
  'leave.type.CM': { id: 'Cuti Melahirkan', en: 'Maternity leave' },
  'leave.type.CAP': { id: 'Cuti Karena Alasan Penting', en: 'Leave for important reasons' },
  'leave.type.CLTN': { id: 'Cuti di Luar Tanggungan Negara', en: 'Unpaid leave' },
  'leave.type.CBERSAMA': { id: 'Cuti Bersama', en: 'Collective leave' },
  'leave.document.NONE': { id: 'Tidak perlu dokumen', en: 'No document needed' },
  'leave.document.DOCTOR': { id: 'Surat keterangan dokter', en: 'Doctor’s letter' },
  'leave.document.GOVERNMENT_DOCTOR': {
    id: 'Surat keterangan dokter pemerintah',
    en: 'Letter from a government doctor',
  },
  'leave.document.HEALTH_BOARD': { id: 'Surat keterangan tim penguji kesehatan', en: 'Health board letter' },
  'leave.document.SUPPORTING_LETTER': { id: 'Surat pendukung', en: 'Supporting letter' },
  'leave.status.DRAFT': { id: 'Draf', en: 'Draft' },
  'leave.status.PENDING': { id: 'Menunggu persetujuan', en: 'Awaiting approval' },
  'leave.status.APPROVED': { id: 'Disetujui', en: 'Approved' },
  'leave.status.CHANGED': { id: 'Disetujui dengan perubahan', en: 'Approved with changes' },
  'leave.status.DEFERRED': { id: 'Ditangguhkan', en: 'Deferred' },
  'leave.status.REJECTED': { id: 'Tidak disetujui', en: 'Not approved' },
  'leave.status.CANCELLED': { id: 'Dibatalkan', en: 'Cancelled' },
  'leave.reason.FAMILY_ILLNESS': { id: 'Keluarga inti sakit keras', en: 'Close family member seriously ill' },
  'leave.reason.FAMILY_DEATH': { id: 'Keluarga inti meninggal dunia', en: 'Death of a close family member' },
  'leave.reason.FAMILY_ESTATE': {
    id: 'Mengurus hak-hak keluarga yang meninggal dunia',
    en: 'Settling a deceased family member’s estate',
  },
  'leave.reason.MARRIAGE': { id: 'Melangsungkan perkawinan', en: 'Own marriage' },
  'leave.reason.FIRST_MARRIAGE': { id: 'Melangsungkan perkawinan pertama', en: 'Own first marriage' },
  'leave.reason.SPOUSE_GIVING_BIRTH': {
    id: 'Istri melahirkan atau operasi caesar',
    en: 'Wife giving birth or caesarean section',
  },
  'leave.reason.DISASTER': { id: 'Musibah kebakaran atau bencana alam', en: 'Fire or natural disaster' },
  'leave.sick.ILLNESS': { id: 'Sakit', en: 'Illness' },
  'leave.sick.MISCARRIAGE': { id: 'Gugur kandungan', en: 'Miscarriage' },
  'leave.sick.WORK_ACCIDENT': { id: 'Kecelakaan kerja', en: 'Work accident' },
});
