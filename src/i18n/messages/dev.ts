import { defineCatalog } from '../catalog';

export const devMessages = defineCatalog({
  'dev.persona_not_found': {
    id: 'Itu bukan persona demo. Pilih salah satu persona demo di /dev/chat.',
    en: 'That is not a demo persona. Pick one of the demo personas at /dev/chat.',
  },
  'dev.upload_not_bytes': { id: 'Kirim berkasnya sebagai application/octet-stream.', en: 'Send the file as application/octet-stream.' },
  'dev.document_not_found': { id: 'Dokumen tidak ditemukan di obrolan ini.', en: 'No such document in this chat.' },
  'dev.file_too_large': {
    id: 'Berkas terlalu besar (maksimal {mb} MB). Kirim foto atau PDF yang lebih kecil, ya.',
    en: 'The file is too large (at most {mb} MB). Please send a smaller photo or PDF.',
  },
  'dev.file_not_expected': {
    id: 'Berkas Anda tidak disimpan karena SAPA sedang tidak meminta berkas. Kirim foto atau PDF saat diminta, misalnya surat dokter ketika mengajukan cuti sakit. Ketik *menu* untuk melihat pilihan.',
    en: 'Your file was not kept because SAPA is not asking for one right now. Send a photo or PDF when asked, for example a doctor\'s letter when requesting sick leave. Type *menu* to see the options.',
  },
});
