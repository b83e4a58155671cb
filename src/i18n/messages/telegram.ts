import { defineCatalog } from '../catalog';

/** What the Telegram channel itself says: command descriptions and button-press answers. */
export const telegramMessages = defineCatalog({
  'telegram.command.menu': { id: 'Menu utama', en: 'Main menu' },
  'telegram.command.cuti': { id: 'Ajukan cuti', en: 'Request leave' },
  'telegram.command.status': { id: 'Status pengajuan cuti', en: 'Status of my leave requests' },
  'telegram.command.saldo': { id: 'Sisa cuti', en: 'Leave balance' },
  'telegram.command.slip': { id: 'Slip gaji', en: 'Payslip' },
  'telegram.command.bantuan': { id: 'Bantuan', en: 'Help' },
  'telegram.callback.failed': {
    id: 'Maaf, terjadi gangguan. Silakan coba lagi sebentar lagi.',
    en: 'Sorry, something went wrong. Please try again in a moment.',
  },
  'telegram.callback.elsewhere': {
    id: 'Tombol ini hanya berlaku di chat pribadi dengan SAPA.',
    en: 'This button only works in a private chat with SAPA.',
  },
  'telegram.file_too_large': {
    id: 'Berkas terlalu besar (maksimal {mb} MB). Kirim foto atau PDF yang lebih kecil, ya.',
    en: 'The file is too large (at most {mb} MB). Please send a smaller photo or PDF.',
  },
});
