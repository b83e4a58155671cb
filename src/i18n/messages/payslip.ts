import { defineCatalog } from '../catalog';

/**
 * Payslip texts: chat messages, the printed slip, and payroll import errors
 * (keys equal the ImportErrorCode values; the line prefix comes from
 * 'payslip.import.at_line' / 'payslip.import.at_entry').
 */
export const payslipMessages = defineCatalog({
  'payslip.published': {
    id: '{slip} {period} sudah tersedia. Ketik *slip* untuk mengunduhnya.',
    en: 'Your {slip} for {period} is ready. Type *slip* to download it.',
  },
  'payslip.caption': {
    id: '{slip} {period}. Berkas PDF ini dikunci: buka dengan tanggal lahir Anda dalam format DDMMYYYY (contoh: lahir 17 Agustus 1990, kata sandinya 17081990).',
    en: 'Your {slip} for {period}. The PDF is locked: open it with your date of birth as DDMMYYYY (e.g. born 17 August 1990, the password is 17081990).',
  },
  'payslip.caption_nip_last6': {
    id: '{slip} {period}. Berkas PDF ini dikunci: buka dengan 6 angka terakhir NIP Anda.',
    en: 'Your {slip} for {period}. The PDF is locked: open it with the last 6 digits of your NIP.',
  },
  'payslip.queued': {
    id: '{slip} {period} Anda dalam antrean, perkiraan {wait}.',
    en: 'Your {slip} for {period} is in the queue, expected in about {wait}.',
  },
  'payslip.none': {
    id: 'Belum ada slip gaji untuk Anda.',
    en: 'There is no payslip for you yet.',
  },
  'payslip.none_for_period': {
    id: 'Slip gaji {period} belum tersedia.',
    en: 'The payslip for {period} is not available yet.',
  },
  'payslip.verify.malformed': {
    id: 'Kode verifikasi terdiri dari 10 huruf/angka, contoh ABCD-EFGH-JK.',
    en: 'A verification code has 10 letters or digits, e.g. ABCD-EFGH-JK.',
  },

  'payslip.pdf.title': { id: 'SLIP GAJI', en: 'PAYSLIP' },
  'payslip.pdf.period': { id: 'Periode: {period}', en: 'Period: {period}' },
  'payslip.pdf.name': { id: 'Nama', en: 'Name' },
  'payslip.pdf.nip': { id: 'NIP', en: 'NIP' },
  'payslip.pdf.rank': { id: 'Pangkat/Golongan', en: 'Rank/Grade' },
  'payslip.pdf.position': { id: 'Jabatan', en: 'Position' },
  'payslip.pdf.unit': { id: 'Unit kerja', en: 'Unit' },
  'payslip.pdf.status': { id: 'Status kepegawaian', en: 'Employment status' },
  'payslip.pdf.earnings': { id: 'PENGHASILAN', en: 'EARNINGS' },
  'payslip.pdf.deductions': { id: 'POTONGAN', en: 'DEDUCTIONS' },
  'payslip.pdf.total_earnings': { id: 'Jumlah penghasilan', en: 'Total earnings' },
  'payslip.pdf.total_deductions': { id: 'Jumlah potongan', en: 'Total deductions' },
  'payslip.pdf.net': { id: 'GAJI BERSIH', en: 'NET PAY' },
  'payslip.pdf.in_words': { id: 'Terbilang: {words}', en: 'In words: {words}' },
  'payslip.pdf.none': { id: '(tidak ada)', en: '(none)' },
  'payslip.pdf.printed': { id: 'Dicetak {timestamp}', en: 'Printed {timestamp}' },
  'payslip.pdf.code': { id: 'Kode verifikasi: {code}', en: 'Verification code: {code}' },
  'payslip.pdf.verify': { id: 'Verifikasi: {url}', en: 'Verify: {url}' },
  'payslip.pdf.document_title': { id: 'Slip gaji {period} - {name}', en: 'Payslip {period} - {name}' },
  'payslip.pdf.title_tpp': { id: 'SLIP TPP', en: 'TPP SLIP' },
  'payslip.pdf.net_tpp': { id: 'TPP BERSIH', en: 'NET TPP' },
  'payslip.pdf.document_title_tpp': { id: 'Slip TPP {period} - {name}', en: 'TPP slip {period} - {name}' },

  'payslip.import.summary': {
    id: 'Impor slip gaji {period} ditolak: {count} kesalahan. Tidak ada slip yang disimpan.',
    en: 'Payslip import for {period} refused: {count} errors. No slip was saved.',
  },
  'payslip.import.at_line': { id: 'Baris {line}: {message}', en: 'Line {line}: {message}' },
  'payslip.import.at_entry': { id: 'Data ke-{line}: {message}', en: 'Entry {line}: {message}' },
  'payslip.import.empty': {
    id: 'Berkas kosong: tidak ada baris data.',
    en: 'The file is empty: no data rows.',
  },
  'payslip.import.unterminated_quote': {
    id: 'Tanda kutip (") tidak ditutup.',
    en: 'A quote (") is never closed.',
  },
  'payslip.import.invalid_json': {
    id: 'Berkas bukan JSON yang valid: {detail}',
    en: 'The file is not valid JSON: {detail}',
  },
  'payslip.import.invalid_field': {
    id: 'Isian {path} tidak valid ({detail}).',
    en: 'Field {path} is not valid ({detail}).',
  },
  'payslip.import.period_mismatch': {
    id: 'Periode dalam berkas ({actual}) berbeda dengan periode yang diimpor ({expected}).',
    en: 'The file is for period {actual}, not {expected}.',
  },
  'payslip.import.missing_column': {
    id: 'Kolom "{column}" tidak ada.',
    en: 'Column "{column}" is missing.',
  },
  'payslip.import.unknown_column': {
    id: 'Kolom "{column}" tidak dikenal. Tambahkan ke pemetaan kolom atau hapus.',
    en: 'Unknown column "{column}". Map it or remove it.',
  },
  'payslip.import.duplicate_column': {
    id: 'Kolom "{column}" muncul lebih dari sekali.',
    en: 'Column "{column}" appears more than once.',
  },
  'payslip.import.column_count': {
    id: 'Ada {actual} kolom, seharusnya {expected}.',
    en: '{actual} cells, expected {expected}.',
  },
  'payslip.import.missing_value': {
    id: 'Kolom "{column}" kosong.',
    en: 'Column "{column}" is empty.',
  },
  'payslip.import.invalid_kind': {
    id: 'Jenis "{value}" tidak dikenal (gunakan pendapatan atau potongan).',
    en: 'Unknown kind "{value}" (use EARNING or DEDUCTION).',
  },
  'payslip.import.invalid_amount': {
    id: 'Nilai "{value}" pada kolom "{column}" bukan rupiah utuh (contoh: 4250300 atau 4.250.300).',
    en: '"{value}" in column "{column}" is not a whole rupiah amount (e.g. 4250300 or 4.250.300).',
  },
  'payslip.import.amount_too_large': {
    id: 'Nilai "{value}" pada kolom "{column}" melebihi batas {max}.',
    en: '"{value}" in column "{column}" is above the limit of {max}.',
  },
  'payslip.import.unknown_nip': {
    id: 'NIP {nip} tidak terdaftar.',
    en: 'NIP {nip} is not registered.',
  },
  'payslip.import.duplicate_employee': {
    id: 'NIP {nip} tercantum dua kali (pertama kali pada nomor {firstLine}).',
    en: 'NIP {nip} is listed twice (first at number {firstLine}).',
  },
  'payslip.import.duplicate_line': {
    id: 'Komponen {code} untuk NIP {nip} muncul lebih dari sekali.',
    en: 'Component {code} appears more than once for NIP {nip}.',
  },
  'payslip.import.missing_net': {
    id: 'Gaji bersih untuk NIP {nip} tidak dicantumkan.',
    en: 'No net pay stated for NIP {nip}.',
  },
  'payslip.import.net_inconsistent': {
    id: 'Gaji bersih NIP {nip} tertulis {value}, berbeda dengan {first} di baris {firstLine}.',
    en: 'Net pay for NIP {nip} is {value}, but line {firstLine} says {first}.',
  },
  'payslip.import.net_mismatch': {
    id: 'NIP {nip}: penghasilan {earnings} dikurangi potongan {deductions} = {computed}, tetapi gaji bersih tertulis {stated}.',
    en: 'NIP {nip}: earnings {earnings} minus deductions {deductions} = {computed}, but the stated net pay is {stated}.',
  },
  'payslip.import.empty_slip': {
    id: 'NIP {nip} tidak memiliki komponen gaji.',
    en: 'NIP {nip} has no pay components.',
  },
});
