import { defineCatalog } from '../catalog';

/** What the chat says about leave under way: back at work early ("masuk kerja"), sick during annual leave ("sakit saat cuti"). */
export const leaveDuringMessages = defineCatalog({
  'leave_during.today': { id: 'Hari ini', en: 'Today' },
  'leave_during.tomorrow': { id: 'Besok', en: 'Tomorrow' },
  'leave_during.pick_hint': { id: 'Pilih salah satu cuti di atas.', en: 'Pick one of the leaves above.' },
  'leave_during.kept': { id: 'Baik, cuti {ref} tidak diubah.', en: 'OK, leave {ref} stays as it is.' },
  'leave_during.yes': { id: 'Ya, catat', en: 'Yes, record it' },
  'leave_during.no': { id: 'Tidak', en: 'No' },
  'leave_during.return.none': {
    id: 'Tidak ada cuti yang sedang berjalan yang dapat diakhiri lebih awal. Cuti yang belum dimulai dapat dibatalkan (ketik *batalkan pengajuan*).',
    en: 'You have no leave under way that can end early. Leave that has not started can be cancelled (type *cancel request*).',
  },
  'leave_during.return.pick': { id: 'Cuti mana yang Anda akhiri lebih awal?', en: 'Which leave are you ending early?' },
  'leave_during.return.day': {
    id: 'Cuti {ref} ({period}). Mulai tanggal berapa Anda masuk kerja? Pilih atau ketik tanggalnya (mis. *senin*, *14 des*).',
    en: 'Leave {ref} ({period}). From which day are you back at work? Pick or type the date (e.g. *monday*, *14 dec*).',
  },
  'leave_during.return.day_hint': {
    id: 'Ketik satu tanggal antara {first} dan {last}.',
    en: 'Type one date between {first} and {last}.',
  },
  'leave_during.return.confirm': {
    id: 'Anda masuk kerja mulai {day}, sehingga cuti {ref} berakhir {end}. Catat sekarang?',
    en: 'You are back at work from {day}, so leave {ref} ends on {end}. Record it now?',
  },
  'leave_during.return.done': {
    id: '🏢 Tercatat. Cuti {ref} kini {period} ({days} hari). Atasan Anda sudah diberi tahu.',
    en: '🏢 Recorded. Leave {ref} is now {period} ({days} days). Your supervisor has been told.',
  },
  'leave_during.return.done_days_back': {
    id: '🏢 Tercatat. Cuti {ref} kini {period} ({days} hari); {back} hari kembali ke sisa cuti tahunan Anda. Atasan Anda sudah diberi tahu.',
    en: '🏢 Recorded. Leave {ref} is now {period} ({days} days); {back} days go back to your annual leave. Your supervisor has been told.',
  },
  'leave_during.return.failed': { id: 'Cuti {ref} tidak dapat diakhiri lebih awal:', en: 'Leave {ref} cannot end early:' },
  'leave_during.sick.none': {
    id: 'Tidak ada cuti tahunan yang sedang berjalan (atau baru selesai) yang dapat diubah menjadi cuti sakit. Untuk cuti sakit biasa, ketik *cuti*.',
    en: 'You have no annual leave under way (or just ended) that can turn into sick leave. For ordinary sick leave, type *leave*.',
  },
  'leave_during.sick.pick': { id: 'Saat cuti tahunan yang mana Anda sakit?', en: 'During which annual leave did you fall ill?' },
  'leave_during.sick.days': {
    id: 'Cuti tahunan {ref} ({period}). Tanggal berapa saja Anda sakit? (mis. *8-9 des*, *kemarin*)',
    en: 'Annual leave {ref} ({period}). On which days were you ill? (e.g. *8-9 dec*, *yesterday*)',
  },
  'leave_during.sick.days_hint': {
    id: 'Ketik tanggal sakit di dalam cuti {period}, mis. *8-9 des*.',
    en: 'Type the sick days within the leave {period}, e.g. *8-9 dec*.',
  },
  'leave_during.sick.letter': {
    id: 'Kirim foto atau file PDF surat keterangan dokter (paling besar {maxMb} MB).',
    en: 'Send a photo or a PDF of the doctor’s letter (at most {maxMb} MB).',
  },
  'leave_during.sick.letter_hint': {
    id: 'Kirim surat dokter sebagai foto atau PDF (paling besar {maxMb} MB), atau ketik *batal*.',
    en: 'Send the doctor’s letter as a photo or a PDF (at most {maxMb} MB), or type *cancel*.',
  },
  'leave_during.sick.confirm': {
    id: 'Catat {dates} sebagai cuti sakit dalam cuti tahunan {ref}? Hari cuti tahunan pada tanggal itu dikembalikan.',
    en: 'Record {dates} as sick leave within annual leave {ref}? The annual leave days on those dates are given back.',
  },
  'leave_during.sick.reason': { id: 'Sakit saat cuti tahunan {ref}', en: 'Ill during annual leave {ref}' },
  'leave_during.sick.done': {
    id: '🤒 Tercatat: {dates} kini cuti sakit {sickRef}. Cuti tahunan {ref} kini {days} hari; {back} hari kembali ke sisa cuti tahunan Anda. Atasan Anda sudah diberi tahu.',
    en: '🤒 Recorded: {dates} is now sick leave {sickRef}. Annual leave {ref} is now {days} days; {back} days go back to your annual leave. Your supervisor has been told.',
  },
  'leave_during.sick.failed': { id: 'Hari sakit dalam cuti {ref} tidak dapat dicatat:', en: 'The sick days within leave {ref} cannot be recorded:' },
});
