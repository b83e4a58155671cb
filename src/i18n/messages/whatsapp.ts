import { defineCatalog } from '../catalog';

/** What the WhatsApp channel itself says, outside the conversation flows. */
export const whatsappMessages = defineCatalog({
  'whatsapp.unrecognised_number': {
    id: 'Maaf, nomor WhatsApp Anda tidak dapat dikenali oleh SAPA. Pastikan nomor Anda terlihat oleh kontak (pengaturan privasi WhatsApp), lalu kirim pesan lagi, atau hubungi BKPSDM.',
    en: 'Sorry, SAPA cannot recognise your WhatsApp number. Make sure your number is visible to contacts (WhatsApp privacy settings) and send your message again, or contact BKPSDM.',
  },
  'whatsapp.file_too_large': {
    id: 'Berkas terlalu besar (maksimal {mb} MB). Kirim foto atau PDF yang lebih kecil, ya.',
    en: 'The file is too large (at most {mb} MB). Please send a smaller photo or PDF.',
  },
  'whatsapp.file_unreadable': {
    id: 'Maaf, berkas Anda tidak dapat diunduh. Silakan kirim ulang.',
    en: 'Sorry, your file could not be downloaded. Please send it again.',
  },
  'whatsapp.file_not_expected': {
    id: 'Berkas Anda tidak disimpan karena SAPA sedang tidak meminta berkas. Kirim foto atau PDF saat diminta, misalnya surat dokter ketika mengajukan cuti sakit. Ketik *menu* untuk melihat pilihan.',
    en: 'Your file was not kept because SAPA is not asking for one right now. Send a photo or PDF when asked, for example a doctor\'s letter when requesting sick leave. Type *menu* to see the options.',
  },
  'whatsapp.failed': {
    id: 'Maaf, terjadi gangguan saat memproses pesan Anda. Silakan kirim lagi sebentar lagi.',
    en: 'Sorry, something went wrong with your message. Please send it again in a moment.',
  },
  'whatsapp.terminal_qr': {
    id: 'WhatsApp SAPA: pindai kode QR ini di WhatsApp > Perangkat tertaut > Tautkan perangkat',
    en: 'WhatsApp SAPA: scan this QR code in WhatsApp > Linked devices > Link a device',
  },
  'whatsapp.list_button': {
    id: 'Pilih',
    en: 'Choose',
  },
  'whatsapp.alert.logged_out': {
    id: '⚠️ SAPA terputus dari WhatsApp (logged out). Pegawai tidak dapat dilayani lewat WhatsApp sampai nomor SAPA ditautkan lagi: pindai kode QR yang tampil di terminal server atau di {path} (API admin).',
    en: '⚠️ SAPA was logged out of WhatsApp. Employees cannot be served on WhatsApp until the SAPA number is paired again: scan the QR code shown in the server terminal or at {path} (admin API).',
  },
});
