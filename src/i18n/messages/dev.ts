import { defineCatalog } from '../catalog';

export const devMessages = defineCatalog({
  'dev.persona_not_found': {
    id: 'Itu bukan persona demo. Pilih salah satu persona demo di /dev/chat.',
    en: 'That is not a demo persona. Pick one of the demo personas at /dev/chat.',
  },
});
