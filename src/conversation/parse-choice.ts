import type { Choice } from '../chat/outbound-message';
import type { InboundContent } from '../chat/inbound-message';
import { matchKeyword } from './understand/match-keyword';
import { parseNumber } from './understand/parse-number';

/**
 * Which of `choices` the person picked: a tapped button (its value), the
 * number of a line in a numbered list ("2", "dua", "no 2"), or the label typed
 * out with small typos. Null when nothing fits.
 */
export function parseChoice(input: InboundContent, choices: readonly Choice[]): string | null {
  if (input.kind === 'choice') return choices.some((c) => c.value === input.value) ? input.value : null;
  if (input.kind !== 'text') return null;
  const text = input.text.trim();
  const exact = choices.find((c) => c.value === text);
  if (exact) return exact.value;
  const n = parseNumber(text);
  if (n !== null && Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
  const table = Object.fromEntries(choices.map((c) => [c.value, [c.label.replace(/^\S+\s/u, ''), c.label]]));
  return matchKeyword(text, table);
}
