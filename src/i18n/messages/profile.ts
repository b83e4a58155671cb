import { defineCatalog } from '../catalog';

export const profileMessages = defineCatalog({
  'common.yes': { id: 'Ya', en: 'Yes' },
  'common.no': { id: 'Tidak', en: 'No' },
  'common.yes_or_no': { id: 'Jawab *ya* atau *tidak*, ya.', en: 'Please answer *yes* or *no*.' },
  'profile.pick_field': { id: 'Data mana yang ingin diubah?', en: 'Which data would you like to change?' },
  'profile.field.phone': { id: 'Nomor HP', en: 'Phone number' },
  'profile.field.address': { id: 'Alamat', en: 'Address' },
  'profile.field.email': { id: 'Email', en: 'Email' },
  'profile.ask.phone': { id: 'Ketik nomor HP yang baru (mis. 0812 3456 7890).', en: 'Type the new phone number (e.g. 0812 3456 7890).' },
  'profile.ask.address': { id: 'Ketik alamat lengkap yang baru.', en: 'Type the full new address.' },
  'profile.ask.email': { id: 'Ketik alamat email yang baru.', en: 'Type the new email address.' },
  'profile.invalid.phone': {
    id: 'Nomor HP itu sepertinya keliru. Contoh yang benar: 0812 3456 7890.',
    en: 'That phone number looks wrong. A correct example: 0812 3456 7890.',
  },
  'profile.invalid.address': { id: 'Alamat terlalu pendek atau terlalu panjang (10–300 huruf).', en: 'The address is too short or too long (10–300 characters).' },
  'profile.invalid.email': { id: 'Alamat email itu tidak valid. Contoh: nama@serangkota.go.id', en: 'That email address is not valid. Example: name@serangkota.go.id' },
  'profile.confirm': { id: 'Ajukan perubahan {field} menjadi:\n{value}\n\nKirim ke petugas kepegawaian?', en: 'Request changing {field} to:\n{value}\n\nSend to HR?' },
  'profile.sent': {
    id: 'Permintaan perubahan data (no. {id}) sudah dikirim. Petugas kepegawaian akan memeriksanya; data Anda berubah setelah disetujui.',
    en: 'Your change request (no. {id}) has been sent. HR will check it; your data changes once approved.',
  },
  'profile.approved': {
    id: 'Perubahan data no. {id} disetujui: {field} Anda sekarang {value}.',
    en: 'Change request no. {id} approved: your {field} is now {value}.',
  },
  'profile.rejected': {
    id: 'Perubahan data no. {id} ({field}) tidak disetujui. Catatan petugas: {note}',
    en: 'Change request no. {id} ({field}) was not approved. HR note: {note}',
  },
  'profile.note_required': { id: 'Tulis alasan penolakan untuk pegawai.', en: 'Write the reason for the employee.' },
  'profile.not_found': { id: 'Permintaan perubahan data itu tidak ditemukan.', en: 'That change request was not found.' },
  'conflict.profile_change_reviewed': { id: 'Permintaan itu sudah diperiksa petugas lain.', en: 'That request has already been reviewed.' },
  'conflict.profile_change_open': {
    id: 'Anda masih punya permintaan perubahan data yang sama yang belum diperiksa (no. {id}). Tunggu hasilnya dulu, ya.',
    en: 'You still have an open request to change the same data (no. {id}). Please wait for the answer first.',
  },
  'profile.hr_notice': {
    id: 'Permintaan ubah data no. {id}: {name} ({nip}) meminta perubahan {field}. Periksa lewat menu *{menu}* (ketik *tinjau data*) atau API admin.',
    en: 'Change request no. {id}: {name} ({nip}) asks to change their {field}. Review it in the *{menu}* menu (type *profile changes*) or the admin API.',
  },
});
