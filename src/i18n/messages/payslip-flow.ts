import { defineCatalog } from '../catalog';

/**
 * Payslip delivery, publication and verification texts that the payslip
 * catalogue (./payslip.ts) does not have. Keys that are also error codes pick
 * their HTTP status by suffix or prefix (src/http/error-status.ts).
 */
export const payslipFlowMessages = defineCatalog({
  'payslip.flow.choose': {
    id: 'Slip gaji bulan apa? Pilih salah satu:',
    en: "Which month's payslip? Choose one:",
  },
  'payslip.flow.pick_hint': {
    id: 'Pilih salah satu bulan dari daftar (ketik nomornya).',
    en: 'Pick one of the months in the list (type its number).',
  },
  'payslip.forbidden': {
    id: 'Slip gaji hanya dikirim ke akun chat terverifikasi milik pegawai yang bersangkutan.',
    en: 'A payslip is only sent to a verified chat account of the employee it belongs to.',
  },
  'payslip.period_invalid': {
    id: 'Periode "{period}" tidak valid: gunakan format TTTT-BB, contoh 2026-11.',
    en: 'Period "{period}" is not valid: use YYYY-MM, e.g. 2026-11.',
  },
  'payslip.period.not_found': {
    id: 'Data gaji periode {period} belum diimpor.',
    en: 'No payroll has been imported for {period}.',
  },
  'payslip.slip.not_found': {
    id: 'Slip gaji tidak ditemukan (mungkin sudah diganti oleh impor ulang).',
    en: 'Payslip not found (it may have been replaced by a new import).',
  },
  'conflict.payroll_published': {
    id: 'Gaji periode {period} sudah diterbitkan (revisi {revision}). Impor ulang hanya dengan opsi terbitkan ulang (republish).',
    en: 'Payroll {period} is already published (revision {revision}). Import it again only with the republish option.',
  },
  'payslip.import.accepted': {
    id: 'Impor slip gaji {period} berhasil: {count} slip, revisi {revision}, status {status}.',
    en: 'Payslip import for {period} done: {count} slips, revision {revision}, status {status}.',
  },
  'payslip.import.checked': {
    id: 'Pemeriksaan slip gaji {period} lolos: {count} slip siap diimpor (tidak ada yang disimpan).',
    en: 'Payslip check for {period} passed: {count} slips ready to import (nothing saved).',
  },
  'payslip.import.unreadable': {
    id: 'Berkas {file} tidak dapat dibaca: {detail}',
    en: 'Cannot read {file}: {detail}',
  },
  'payslip.import.invalid_mapping': {
    id: 'Pemetaan kolom {file} tidak valid: {detail}',
    en: 'The column mapping {file} is not valid: {detail}',
  },
  'payslip.publish.done': {
    id: 'Slip gaji {period} (revisi {revision}) diterbitkan; {count} pemberitahuan masuk antrean kirim.',
    en: 'Payslips {period} (revision {revision}) published; {count} notifications queued.',
  },
  'payslip.verify.not_found': {
    id: 'Kode verifikasi {code} tidak dikenal. Periksa kembali kode pada slip.',
    en: 'Verification code {code} is unknown. Check the code on the slip.',
  },
  'payslip.verify.issued': {
    id: 'Slip gaji dengan kode {code} asli: diterbitkan untuk {name} (NIP {nip}), periode {period}.',
    en: 'The payslip with code {code} is genuine: issued to {name} (NIP {nip}) for {period}.',
  },
  'payslip.verify.title': {
    id: 'Verifikasi slip gaji',
    en: 'Payslip verification',
  },
});
