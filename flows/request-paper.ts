import type { InboundContent } from '../src/chat/inbound-message';
import { defineFlow, type ParsedReply } from '../src/conversation/flow';
import { PAPER_PREFIX, readPaperValue } from '../src/services/paperwork/paper-button';
import type { PaperKind } from '../src/services/paperwork/take-request-paper';

/** "formulir cuti CT-2026-000123", "surat cuti CT-2026-000123" (and the English words): a paper of a named request. */
const TYPED = /^\/?\s*(formulir cuti|formulir|form cuti|leave form|surat izin cuti|surat cuti|leave letter|leave permit)\s+([a-z]{1,6}-\d{4}-\d{1,9})\s*$/i;
const LETTER_WORDS = new Set(['surat izin cuti', 'surat cuti', 'leave letter', 'leave permit']);

type Wanted = { kind: PaperKind; request: { ref: string } | { id: number } };

/** What a typed command or a card's button asks for, or null. */
export function readPaperRequest(input: InboundContent): Wanted | null {
  if (input.kind === 'choice') {
    const pressed = readPaperValue(input.value);
    return pressed ? { kind: pressed.kind, request: { id: pressed.requestId } } : null;
  }
  if (input.kind !== 'text' || input.text.length > 80) return null;
  const typed = TYPED.exec(input.text.trim());
  if (!typed) return null;
  return { kind: LETTER_WORDS.has(typed[1]!.toLowerCase()) ? 'LETTER' : 'FORM', request: { ref: typed[2]! } };
}

/**
 * A named request's form or Surat Izin Cuti, for the officials who decide it
 * and HR (and the employee it is for): the "Formulir" button on an
 * approver's card, or `formulir cuti <ref>` / `surat cuti <ref>` typed from
 * the menu. Who may have it is checked against the database; a refusal ends
 * the flow with its reason.
 */
export const requestPaperFlow = defineFlow({
  id: 'request_paper',
  requires: 'linked',
  start: 'take',
  intercept: { prefix: PAPER_PREFIX, step: 'take' },
  graph: { take: ['done'] },
  steps: (s) => ({
    take: s.ask<Wanted>({
      prompt: (ctx) => ctx.t('paperwork.request.ask'),
      parse: (input): ParsedReply<Wanted> => {
        const wanted = readPaperRequest(input);
        return wanted ? { ok: true, value: wanted } : { ok: false, hint: 'paperwork.request.ask' };
      },
      refused: 'done',
      next: async (wanted, ctx) => ({ done: true, showMenu: false, say: [await ctx.services.paperwork.sendFor(wanted.kind, wanted.request, ctx.lang)] }),
    }),
  }),
});
