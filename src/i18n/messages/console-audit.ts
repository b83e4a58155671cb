import { defineCatalog } from '../catalog';

/** The console's audit trail (/hr/audit). */
export const consoleAuditMessages = defineCatalog({
  'forbidden.console_audit': { id: 'Jejak audit hanya dapat dibuka petugas SDM.', en: 'Only HR officers can open the audit trail.' },
  'console.nav.audit': { id: 'Jejak audit', en: 'Audit trail' },
  'console.audit.title': { id: 'Jejak audit', en: 'Audit trail' },
  'console.audit.filters': { id: 'Saring jejak audit', en: 'Filter the audit trail' },
  'console.audit.action': { id: 'Tindakan', en: 'Action' },
  'console.audit.nip': { id: 'NIP pelaku', en: "Actor's NIP" },
  'console.audit.entity': { id: 'Objek', en: 'Record' },
  'console.audit.entity_id': { id: 'Nomor objek', en: 'Record id' },
  'console.audit.from': { id: 'Dari tanggal', en: 'From' },
  'console.audit.to': { id: 'Sampai tanggal', en: 'To' },
  'console.audit.apply': { id: 'Terapkan', en: 'Apply' },
  'console.audit.count': { id: '{total} catatan · halaman {page} dari {pages}', en: '{total} records · page {page} of {pages}' },
  'console.audit.count_capped': { id: '{total}+ catatan · halaman {page}', en: '{total}+ records · page {page}' },
  'console.audit.export': { id: 'Unduh CSV', en: 'Download CSV' },
  'console.audit.empty': { id: 'Tidak ada catatan yang cocok.', en: 'No matching records.' },
  'console.audit.at': { id: 'Waktu', en: 'When' },
  'console.audit.who': { id: 'Pelaku', en: 'Who' },
  'console.audit.detail': { id: 'Rincian', en: 'Detail' },
  'console.audit.paging': { id: 'Halaman jejak audit', en: 'Audit trail pages' },
  'console.audit.actor.EMPLOYEE': { id: 'pegawai', en: 'employee' },
  'console.audit.actor.HR_TOKEN': { id: 'token admin', en: 'admin token' },
  'console.audit.actor.SYSTEM': { id: 'sistem', en: 'system' },
  'console.audit.truncated': {
    id: 'Ekspor memuat paling banyak {limit} baris terbaru; persempit tanggalnya untuk sisanya.',
    en: 'The export holds at most the newest {limit} rows; narrow the dates for the rest.',
  },
});
