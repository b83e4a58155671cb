import { defineCatalog } from '../catalog';

/** What HR officers and supervisors read when they act for an employee in chat ("ajukan untuk pegawai"). */
export const actForMessages = defineCatalog({
  'act_for.not_allowed': {
    id: 'Mengajukan atau membatalkan cuti atas nama pegawai hanya untuk petugas kepegawaian dan atasan, bagi pegawai yang mereka bawahi.',
    en: 'Requesting or cancelling leave for an employee is for HR officers and supervisors, for the people they supervise.',
  },
  'act_for.ask': {
    id: 'Untuk pegawai siapa? Ketik nama atau NIP-nya.',
    en: 'For which employee? Type their name or NIP.',
  },
  'act_for.too_short': { id: 'Ketik minimal 3 huruf nama atau 3 angka NIP.', en: 'Type at least 3 letters of a name or 3 digits of a NIP.' },
  'act_for.none': {
    id: 'Tidak ada pegawai bawahan Anda yang cocok. Coba nama atau NIP lain, atau ketik *menu*.',
    en: 'No one you act for matches that. Try another name or NIP, or type *menu*.',
  },
  'act_for.pick': { id: 'Ada {count} pegawai yang cocok. Yang mana?', en: '{count} employees match. Which one?' },
  'act_for.pick_hint': { id: 'Pilih nomor pegawai dari daftar, atau ketik *menu*.', en: 'Pick the employee’s number from the list, or type *menu*.' },
  'act_for.what': {
    id: '👤 *{name}* (NIP {nip}), {unit}. Apa yang ingin Anda lakukan atas namanya?',
    en: '👤 *{name}* (NIP {nip}), {unit}. What would you like to do on their behalf?',
  },
  'act_for.leave': { id: '📝 Ajukan cuti', en: '📝 Request leave' },
  'act_for.cancel': { id: '✖️ Batalkan pengajuan', en: '✖️ Cancel a request' },
  'act_for.what_hint': { id: 'Pilih *1* ajukan cuti atau *2* batalkan pengajuan.', en: 'Pick *1* to request leave or *2* to cancel a request.' },
});
