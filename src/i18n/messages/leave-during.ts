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
});
