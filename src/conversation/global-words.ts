import { matchKeyword } from './understand/match-keyword';
import type { InboundContent } from '../chat/inbound-message';

/** Words that work at any step, in both languages. */
export const GLOBAL_WORDS = {
  menu: ['menu', 'mulai', 'start', 'home'],
  cancel: ['batal', 'batalkan', 'cancel', 'stop'],
  help: ['bantuan', 'help', 'tolong', 'panduan'],
  back: ['kembali', 'back', 'balik'],
} as const;

export type GlobalWord = keyof typeof GLOBAL_WORDS;

export function globalWordOf(input: InboundContent): GlobalWord | null {
  const text = input.kind === 'text' ? input.text : input.kind === 'choice' ? input.value : null;
  if (text === null || text.length > 40) return null;
  const command = text.trim().replace(/^\//, '');
  return matchKeyword(command, GLOBAL_WORDS) as GlobalWord | null;
}
