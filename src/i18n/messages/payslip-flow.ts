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
  'payslip.flow.choose_kind': {
    id: 'Bulan {period} ada dua slip. Slip yang mana?',
    en: 'There are two slips for {period}. Which one?',
  },
  'payslip.flow.kind_gaji': { id: 'Slip gaji', en: 'Payslip' },
  'payslip.flow.kind_tpp': { id: 'Slip TPP', en: 'TPP slip' },
  'payslip.flow.kind_hint': {
    id: 'Pilih slip gaji atau slip TPP (ketik nomornya).',
    en: 'Pick the payslip or the TPP slip (type its number).',
  },
  'payslip.kind.tpp_period': { id: 'TPP {period}', en: 'TPP {period}' },
  // {slip} in the slip's messages: Indonesian sentences start with it, English ones have it inside.
  'payslip.kind.name.GAJI': { id: 'Slip gaji', en: 'payslip' },
  'payslip.kind.name.TPP': { id: 'Slip TPP', en: 'TPP slip' },
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
  'conflict.payroll_same_officer': {
    id: '{name} sudah meminta penerbitan {period}: penerbitan harus dikonfirmasi petugas BKPSDM lain.',
    en: '{name} already asked to publish {period}: a different HR officer must confirm the publication.',
  },
  'payslip.publish.person_required': {
    id: 'Penerbitan {period} harus dikonfirmasi dua petugas BKPSDM: terbitkan melalui konsol atau API admin, bukan dari baris perintah.',
    en: 'Publishing {period} needs two HR officers: publish it through the console or the admin API, not from the command line.',
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
    id: 'Kode {code} terdaftar: slip gaji periode {period} untuk {name}. Untuk memastikan isinya tidak diubah, ketik gaji bersih yang tertera di slip.',
    en: 'Code {code} is registered: the payslip for {period} of {name}. To make sure it was not altered, type the net pay printed on the slip.',
  },
  'payslip.verify.net_label': { id: 'Gaji bersih yang tertera di slip', en: 'Net pay printed on the slip' },
  'payslip.verify.net_example': { id: 'mis. Rp 4.250.300', en: 'e.g. Rp 4.250.300' },
  'payslip.verify.check': { id: 'Periksa', en: 'Check' },
  'payslip.verify.net_match': {
    id: 'Cocok: slip gaji {period} untuk {name} dengan gaji bersih {amount} sama dengan yang diterbitkan.',
    en: 'Match: the payslip for {period} of {name} with net pay {amount} is the one issued.',
  },
  'payslip.verify.net_mismatch': {
    id: 'Tidak cocok: gaji bersih {amount} berbeda dari yang diterbitkan untuk kode {code}. Slip ini mungkin telah diubah; jangan diterima.',
    en: 'No match: net pay {amount} differs from what was issued for code {code}. The slip may have been altered; do not accept it.',
  },
  'payslip.verify.net_malformed': {
    id: 'Jumlah itu tidak terbaca. Ketik gaji bersih seperti di slip, mis. 4.250.300 atau Rp 4.250.300.',
    en: 'That amount cannot be read. Type the net pay as printed on the slip, e.g. 4.250.300 or Rp 4.250.300.',
  },
  'payslip.verify.other_language': { id: 'English', en: 'Bahasa Indonesia' },
  'payslip.verify.title': {
    id: 'Verifikasi slip gaji',
    en: 'Payslip verification',
  },
});
