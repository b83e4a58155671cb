import { defineCatalog } from '../catalog';

export const hrMessages = defineCatalog({
  'hr.find.ask': { id: 'Ketik NIP (minimal 4 angka awal) atau nama pegawai.', en: 'Type a NIP (at least its first 4 digits) or a name.' },
  'hr.find.too_short': { id: 'Ketik minimal 3 huruf nama atau 4 angka NIP.', en: 'Type at least 3 letters of a name or 4 digits of a NIP.' },
  'hr.find.none': { id: 'Tidak ada pegawai yang cocok dengan "{query}". Coba kata lain.', en: 'No employee matches "{query}". Try another word.' },
  'hr.find.line': {
    id: '*{name}*{active}\nNIP {nip} · {kind}\n{position}, {unit}\nChat terhubung: {linked}',
    en: '*{name}*{active}\nNIP {nip} · {kind}\n{position}, {unit}\nChat linked: {linked}',
  },
  'hr.find.linked': { id: 'ya', en: 'yes' },
  'hr.find.not_linked': { id: 'belum', en: 'not yet' },
  'hr.find.inactive': { id: ' (nonaktif)', en: ' (inactive)' },
});
