import { defineCatalog } from '../catalog';

/** The console's operations page (/hr/operations): the send queue and dead letters. */
export const consoleOperationsMessages = defineCatalog({
  'console.nav.operations': { id: 'Operasional', en: 'Operations' },
  'console.ops.title': { id: 'Operasional', en: 'Operations' },
  'console.ops.queue': { id: 'Antrean kirim', en: 'Send queue' },
  'console.ops.channel': { id: 'Kanal', en: 'Channel' },
  'console.ops.lane': { id: 'Jalur', en: 'Lane' },
  'console.ops.lane.INTERACTIVE': { id: 'balasan dan kartu', en: 'replies and cards' },
  'console.ops.lane.BULK': { id: 'massal (slip, pengingat, pemberitahuan)', en: 'bulk (payslips, reminders, notices)' },
  'console.ops.pending': { id: 'Menunggu', en: 'Waiting' },
  'console.ops.oldest': { id: 'Tertua', en: 'Oldest' },
  'console.ops.drain': { id: 'Perkiraan selesai', en: 'Expected done' },
  'console.ops.drain_unknown': { id: 'tidak dikirim dari server ini', en: 'not sent from this server' },
  'console.ops.counts': { id: 'Pesan: {pending} menunggu · {sent} terkirim · {dead} gagal', en: 'Messages: {pending} waiting · {sent} sent · {dead} failed' },
  'console.ops.dead': { id: 'Pesan gagal terkirim', en: 'Failed messages' },
  'console.ops.dead_none': { id: 'Tidak ada pesan yang gagal.', en: 'No failed messages.' },
  'console.ops.dead_intro': {
    id: 'Pesan ini berhenti dicoba. Perbaiki penyebabnya dulu (mis. pegawai memblokir bot, nomor tidak aktif), lalu kirim ulang.',
    en: 'These messages are no longer tried. Fix the cause first (the person blocked the bot, a number is gone), then send them again.',
  },
  'console.ops.select': { id: 'Pilih pesan {id}', en: 'Select message {id}' },
  'console.ops.kind': { id: 'Isi', en: 'Content' },
  'console.ops.attempts': { id: 'Percobaan', en: 'Attempts' },
  'console.ops.error': { id: 'Galat terakhir', en: 'Last error' },
  'console.ops.created': { id: 'Dibuat', en: 'Created' },
  'console.ops.retry': { id: 'Kirim ulang yang dipilih', en: 'Send the selected again' },
  'console.ops.retried': { id: '{count} pesan dikembalikan ke antrean.', en: '{count} messages are back in the queue.' },
  'console.ops.nothing_selected': { id: 'Pilih minimal satu pesan.', en: 'Select at least one message.' },
});
