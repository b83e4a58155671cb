import { defineCatalog } from '../catalog';

export const commonMessages = defineCatalog({
  'wait.minutes': { id: '{minutes} menit', en: '{minutes} min' },
  'wait.hours': { id: '{hours} jam {minutes} menit', en: '{hours} h {minutes} min' },
  'error.internal': {
    id: 'Maaf, terjadi gangguan. Silakan coba lagi sebentar lagi.',
    en: 'Sorry, something went wrong. Please try again in a moment.',
  },
  'error.validation': {
    id: 'Data yang dikirim tidak valid: {detail}',
    en: 'The data sent is not valid: {detail}',
  },
  'error.not_found': {
    id: 'Data tidak ditemukan.',
    en: 'Not found.',
  },
  'error.unauthorized': {
    id: 'Akses ditolak.',
    en: 'Access denied.',
  },
});
