import { defineCatalog } from '../catalog';

/**
 * Texts of the HR admin API (src/http/admin) and its imports: error messages
 * returned to HR staff, notifications sent to employees and approvers after an
 * HR override, and the headers of the monthly leave export.
 */
export const adminMessages = defineCatalog({
  'error.rate_limited': {
    id: 'Terlalu banyak permintaan. Coba lagi dalam {after}.',
    en: 'Too many requests. Try again in {after}.',
  },
  'auth.token_expired': {
    id: 'Token ini kedaluwarsa pada {date}. Minta token baru ke pengelola SAPA.',
    en: 'This token expired on {date}. Ask the SAPA operator for a new one.',
  },
  'forbidden.missing_scope': {
    id: 'Token ini tidak memiliki cakupan "{scope}" yang diperlukan untuk permintaan ini.',
    en: 'This token lacks the scope "{scope}" that this request needs.',
  },
  'admin.import.rejected': {
    id: 'Impor ditolak: {count} kesalahan. Tidak ada data yang diubah.',
    en: 'Import refused: {count} errors. Nothing was changed.',
  },
  'admin.import.at_line': { id: 'Baris {line}: {message}', en: 'Line {line}: {message}' },
  'admin.import.empty': { id: 'Berkas tidak berisi baris data.', en: 'The file has no data rows.' },
  'admin.import.invalid_body': {
    id: 'Kirim CSV (Content-Type: text/csv) atau JSON berupa array baris atau { "rows": [...] }.',
    en: 'Send CSV (Content-Type: text/csv) or JSON: an array of rows or { "rows": [...] }.',
  },
  'admin.import.not_an_object': { id: 'Baris harus berupa objek JSON.', en: 'A row must be a JSON object.' },
  'admin.import.too_many_rows': { id: 'Paling banyak {max} baris per impor.', en: 'At most {max} rows per import.' },
  'admin.import.unterminated_quote': { id: 'Tanda kutip tidak ditutup.', en: 'A quote is never closed.' },
  'admin.import.unknown_column': { id: 'Kolom tidak dikenal: "{column}".', en: 'Unknown column "{column}".' },
  'admin.import.duplicate_column': { id: 'Kolom "{column}" muncul dua kali.', en: 'Column "{column}" appears twice.' },
  'admin.import.missing_column': { id: 'Kolom wajib "{column}" tidak ada.', en: 'Required column "{column}" is missing.' },
  'admin.import.column_count': {
    id: 'Seharusnya {expected} sel, ada {actual}.',
    en: 'Expected {expected} cells, found {actual}.',
  },
  'admin.import.missing_value': { id: '{field} wajib diisi.', en: '{field} is required.' },
  'admin.import.invalid_field': { id: '{field} tidak valid: {detail}', en: '{field} is not valid: {detail}' },
  'admin.import.duplicate_row': {
    id: '{key} sudah ada di baris {other}.',
    en: '{key} already appears on line {other}.',
  },
  'admin.import.unknown_unit': { id: 'Kode unit {code} tidak dikenal.', en: 'Unknown unit code {code}.' },
  'admin.import.unknown_parent': {
    id: 'Unit induk {code} tidak ada di berkas maupun di SAPA.',
    en: 'Parent unit {code} is neither in the file nor in SAPA.',
  },
  'admin.import.unit_cycle': {
    id: 'Susunan unit berputar: {cycle}.',
    en: 'The unit tree goes in a circle: {cycle}.',
  },
  'admin.import.unknown_employee': { id: 'Tidak ada pegawai dengan NIP {nip}.', en: 'No employee with NIP {nip}.' },
  'admin.import.inactive_employee': { id: 'Pegawai {nip} tidak aktif.', en: 'Employee {nip} is not active.' },
  'admin.import.head_elsewhere': {
    id: '{nip} juga menjadi kepala unit {unit}; satu orang hanya memimpin satu unit.',
    en: '{nip} would also head unit {unit}; one person heads one unit.',
  },
  'admin.import.unknown_supervisor': {
    id: 'NIP atasan {nip} tidak ada di berkas maupun di SAPA.',
    en: 'Supervisor NIP {nip} is neither in the file nor in SAPA.',
  },
  'admin.import.inactive_supervisor': { id: 'Atasan {nip} tidak aktif.', en: 'Supervisor {nip} is not active.' },
  'admin.import.supervisor_cycle': {
    id: 'Rantai atasan berputar: {cycle}.',
    en: 'The supervisor chain goes in a circle: {cycle}.',
  },
  'admin.import.still_heads': {
    id: '{nip} masih kepala unit {unit}; tetapkan kepala lain terlebih dahulu.',
    en: '{nip} still heads unit {unit}; appoint another head first.',
  },
  'admin.import.still_supervises': {
    id: '{nip} masih menjadi atasan {count} pegawai aktif; pindahkan mereka terlebih dahulu.',
    en: '{nip} still supervises {count} active employees; give them another supervisor first.',
  },
  'admin.import.outside_year': { id: 'Tanggal {date} bukan di tahun {year}.', en: 'Date {date} is not in {year}.' },
  'admin.import.unknown_leave_type': { id: 'Jenis cuti {code} tidak dikenal.', en: 'Unknown leave type {code}.' },
  'admin.import.used_exceeds': {
    id: 'Terpakai ({used}) melebihi hak cuti ({total}).',
    en: 'Used ({used}) exceeds the days granted ({total}).',
  },
  'admin.import.below_reserved': {
    id: 'Permohonan yang masih menunggu memakai {reserved} hari; sisa saldo ({available}) tidak cukup.',
    en: 'Pending requests hold {reserved} days; the remaining balance ({available}) would not cover them.',
  },
  'admin.employee_inactive': {
    id: 'Pegawai {nip} tidak aktif.',
    en: 'Employee {nip} is not active.',
  },
  'link_code.unknown': {
    id: 'Kode tautan tidak dikenal: mungkin salah ketik, sudah dipakai, atau sudah diganti kode yang lebih baru. Periksa lagi hurufnya, atau minta kode baru ke petugas kepegawaian.',
    en: 'That link code is not known: it may be mistyped, already used, or replaced by a newer one. Check the letters, or ask HR for a new code.',
  },
  'link_code.expired': {
    id: 'Kode tautan sudah kedaluwarsa (berlaku 72 jam). Minta kode baru ke petugas kepegawaian.',
    en: 'That link code has expired (codes last 72 hours). Ask HR for a new one.',
  },
  'link_code.used': {
    id: 'Kode tautan ini sudah dipakai. Minta kode baru ke petugas kepegawaian.',
    en: 'That link code has already been used. Ask HR for a new one.',
  },
  'admin.export.ref': { id: 'Nomor', en: 'Reference' },
  'admin.export.nip': { id: 'NIP', en: 'NIP' },
  'admin.export.name': { id: 'Nama', en: 'Name' },
  'admin.export.unit': { id: 'Unit', en: 'Unit' },
  'admin.export.type': { id: 'Jenis cuti', en: 'Leave type' },
  'admin.export.start': { id: 'Mulai', en: 'Start' },
  'admin.export.end': { id: 'Selesai', en: 'End' },
  'admin.export.half_day': { id: 'Setengah hari', en: 'Half day' },
  'admin.export.days': { id: 'Jumlah hari', en: 'Days' },
  'admin.export.status': { id: 'Status', en: 'Status' },
  'admin.export.proxy': { id: 'Diajukan petugas', en: 'Submitted by proxy' },
  'admin.export.submitted_at': { id: 'Diajukan', en: 'Submitted at' },
  'admin.export.decided_at': { id: 'Diputuskan', en: 'Decided at' },
  'admin.leave.not_pending': {
    id: 'Permohonan {ref} tidak sedang menunggu keputusan (status {status}).',
    en: 'Request {ref} is not waiting for a decision (status {status}).',
  },
  'admin.leave.unknown_approver': { id: 'Tidak ada pegawai dengan NIP {nip}.', en: 'No employee with NIP {nip}.' },
  'admin.leave.own_request': {
    id: 'Pegawai tidak boleh memutuskan permohonannya sendiri.',
    en: 'Nobody decides their own request.',
  },
  'admin.leave.card_reassigned': {
    id: 'Dialihkan oleh petugas kepegawaian kepada {name}.',
    en: 'Reassigned by HR to {name}.',
  },
  'admin.leave.reassigned_notice': {
    id: 'Permohonan cuti {ref} Anda dialihkan oleh petugas kepegawaian: sekarang menunggu keputusan {name}.',
    en: 'HR moved your leave request {ref}: it now waits for {name} to decide.',
  },
  'settings.unknown_leave_type': { id: 'Jenis cuti {type} tidak dikenal.', en: 'Unknown leave type {type}.' },
  'settings.unknown_official': { id: 'Pegawai aktif dengan NIP {nip} tidak ditemukan.', en: 'No active employee with NIP {nip}.' },
  'settings.unknown_unit': { id: 'Unit {code} tidak dikenal.', en: 'Unknown unit {code}.' },
  'conflict.holiday_exists': { id: 'Hari libur {date} dengan jenis itu sudah ada.', en: 'The holiday {date} of that kind already exists.' },
});
