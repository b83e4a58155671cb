import { z } from 'zod';
import type { InboundContent } from '../../src/chat/inbound-message';
import type { Choice } from '../../src/chat/outbound-message';
import type { TurnContext } from '../../src/conversation/flow';
import { parseChoice } from '../../src/conversation/parse-choice';
import { matchKeyword } from '../../src/conversation/understand/match-keyword';
import { parseYesNo } from '../../src/conversation/understand/parse-yes-no';
import { advance } from './advance';
import { type LeaveDraft } from './leave-draft';
import { leaveStep } from './leave-step';
import { leaveOf } from './leave-facts';

/** A phone number as typed ("0812-3456-7890", "+62 812 3456 7890"): digits with an optional +, 8 to 15 of them. */
export const leavePhoneSchema = z
  .string()
  .transform((v) => v.trim().replace(/[\s\-.()]/g, ''))
  .pipe(z.string().regex(/^\+?\d{8,15}$/));

/** The phone on record (digits with country code) as people write it: 62812... as 0812..., others with their +. */
export function displayPhone(digits: string): string {
  return digits.startsWith('62') ? `0${digits.slice(2)}` : `+${digits}`;
}

async function profilePhone(ctx: TurnContext, draft: Pick<LeaveDraft, 'for'>): Promise<string | null> {
  const phone = (await leaveOf(ctx, draft).requester()).phone;
  return phone ? displayPhone(phone) : null;
}

/** The phone during leave: the one answered, else the one on record (kept by sending the summary), else none. */
export async function phoneDuring(ctx: TurnContext, draft: Pick<LeaveDraft, 'for' | 'phone'>): Promise<string | null> {
  return draft.phone !== undefined ? draft.phone : profilePhone(ctx, draft);
}

function typedPhone(input: InboundContent): string | null {
  const text = input.kind === 'contact' ? input.phone : input.kind === 'text' ? input.text.slice(0, 40) : null;
  const parsed = text === null ? null : leavePhoneSchema.safeParse(text);
  return parsed?.success ? parsed.data : null;
}

/** "pakai", "ya", "sama", "keep": the number on record (when there is one). */
const KEEP_WORDS = { profile: ['pakai', 'pakai ini', 'pakai nomor ini', 'sama', 'nomor yang sama', 'keep', 'same', 'this one'] };

function keepWords(input: InboundContent, choices: readonly Choice[]): string | null {
  if (input.kind !== 'text' || !choices.some((c) => c.value === 'profile')) return null;
  const text = input.text.slice(0, 40);
  return parseYesNo(text) === true ? 'profile' : matchKeyword(text, KEEP_WORDS);
}

async function phoneChoices(ctx: TurnContext, draft: LeaveDraft): Promise<Choice[]> {
  const phone = await profilePhone(ctx, draft);
  return phone ? [{ value: 'profile', label: ctx.t('leave_flow.phone.keep', { phone }) }] : [{ value: 'none', label: ctx.t('leave_flow.phone.none') }];
}

/**
 * The phone during leave (the form's "telepon", shown on the approver's card
 * and the form). With one on record it is not asked: the summary shows it and
 * sending keeps it (one tap), its "change phone" button leads here. Here: the
 * one on record kept with one tap, or another typed (read before the
 * button's label, so a number one digit off is not taken for it); with none
 * on record, "tidak ada" leaves it empty.
 */
export const phoneStep = leaveStep.ask<string>({
  async prompt(ctx, draft) {
    const text = (await profilePhone(ctx, draft)) ? ctx.t('leave_flow.phone.prompt') : ctx.t('leave_flow.phone.prompt_none');
    return [{ kind: 'choices', text, choices: await phoneChoices(ctx, draft) }];
  },
  async parse(input, ctx, draft) {
    const choices = await phoneChoices(ctx, draft);
    const value = typedPhone(input) ?? parseChoice(input, choices) ?? keepWords(input, choices);
    return value === null ? { ok: false, hint: 'leave_flow.phone.hint' } : { ok: true, value };
  },
  async next(answer, ctx, draft) {
    const phone = answer === 'profile' ? await profilePhone(ctx, draft) : answer === 'none' ? null : answer;
    return advance(ctx, { ...draft, phone });
  },
});
