import { z } from 'zod';
import { defineFlow, say, type Transition, type TurnContext } from '../src/conversation/flow';
import { parseDate } from '../src/conversation/understand/parse-date';
import { isIsoDay } from '../src/domain/day';
import { PHONE_CODE_DIGITS } from '../src/services/identity/link-limits';
import type { PhoneCodeChannels } from '../src/services/identity/phone-verification';
import { isLinkCodeShaped } from '../src/services/link-codes/link-code-format';
import { privacyNotice } from './privacy-notice';

type FirstAnswer = { kind: 'nip'; nip: string } | { kind: 'code'; code: string };

/** "17-08-1990", "17/08/1990", "17081990", "17 agustus 1990" -> "1990-08-17". */
export function parseBirthDate(text: string, today: string): string | null {
  const compact = text.trim().replace(/\s+/g, '');
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(compact);
  if (digits) {
    const day = `${digits[3]}-${digits[2]}-${digits[1]}`;
    return isIsoDay(day) ? day : null;
  }
  const parsed = parseDate(text, today);
  return parsed && parsed < today && /\d{4}/.test(text) ? parsed : null;
}

const welcome = (ctx: TurnContext, name: string): Transition<never, never> => ({ done: true, say: [say(ctx.t('link.linked', { name }))], showMenu: false });

const PHONE_CODE_SHAPE = new RegExp(`^\\d{${PHONE_CODE_DIGITS}}$`);
const digits = { digits: PHONE_CODE_DIGITS };

/**
 * Links a chat to an employee once: with a one-time code from HR (also as a
 * Telegram deep link), or with NIP + date of birth + a code sent to the phone
 * on record over a configured channel (`channels`; without one, the NIP path
 * asks for a link code from HR). After that the identity is remembered. A
 * refusal (wrong code, no match, too many tries) is answered and asked again
 * (after a NIP + birth date that do not match, from the NIP); the failed try
 * is counted, since the turn still commits.
 */
export const createLinkAccountFlow = (channels: PhoneCodeChannels = { whatsapp: false }) => defineFlow({
  id: 'link_account',
  requires: 'none',
  data: z.object({ nip: z.string().optional(), employeeId: z.number().int().optional() }),
  start: 'ask',
  keywords: ['hubungkan', 'tautkan', 'daftar', 'link', 'register'],
  graph: { ask: ['ask', 'birth_date', 'done'], birth_date: ['ask', 'otp', 'done'], otp: ['otp', 'done'] },
  steps: (s) => ({
    ask: s.ask<FirstAnswer>({
      refused: 'ask',
      prompt: (ctx) => (ctx.actor ? ctx.t('link.already') : `${ctx.t('link.ask')}\n\n${privacyNotice(ctx)}`),
      parse: (input) => {
        if (input.kind !== 'text') return { ok: false, hint: 'link.ask_hint' };
        const compact = input.text.trim().replace(/[\s.-]/g, '');
        if (/^\d{18}$/.test(compact)) return { ok: true, value: { kind: 'nip', nip: compact } };
        if (isLinkCodeShaped(compact)) return { ok: true, value: { kind: 'code', code: compact.toUpperCase() } };
        return { ok: false, hint: 'link.ask_hint' };
      },
      async next(answer, ctx) {
        if (answer.kind === 'code') return welcome(ctx, (await ctx.services.identity.redeemLinkCode(answer.code)).name);
        if (!channels.whatsapp) return { done: true, showMenu: false, say: [say(ctx.t('link.no_channel'))] };
        return { to: 'birth_date', data: { nip: answer.nip } };
      },
    }),
    birth_date: s.ask<string>({
      refused: 'ask',
      prompt: (ctx) => ctx.t('link.ask_birth_date'),
      parse: (input, ctx) => {
        const day = input.kind === 'text' ? parseBirthDate(input.text, ctx.today) : null;
        return day ? { ok: true, value: day } : { ok: false, hint: 'link.birth_date_hint' };
      },
      async next(birthDate, ctx, data) {
        const started = await ctx.services.identity.startPhoneVerification(data.nip ?? '', birthDate, ctx.lang, channels);
        if (started.linkedAs) return welcome(ctx, started.linkedAs);
        return { to: 'otp', data: { employeeId: started.employeeId }, say: [say(ctx.t('link.otp_sent', { phone: started.maskedPhone, ...digits }))] };
      },
    }),
    otp: s.ask<string>({
      refused: 'otp',
      prompt: (ctx) => ctx.t('link.ask_otp', digits),
      parse: (input) => {
        const code = input.kind === 'text' ? input.text.replace(/[\s.-]/g, '') : '';
        return PHONE_CODE_SHAPE.test(code) ? { ok: true, value: code } : { ok: false, hint: 'link.otp_hint', params: digits };
      },
      next: async (code, ctx, data) => welcome(ctx, (await ctx.services.identity.confirmPhoneVerification(data.employeeId ?? 0, code)).name),
    }),
  }),
});
