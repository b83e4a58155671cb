import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type TurnContext, type Transition } from '../src/conversation/flow';
import { parseDate } from '../src/conversation/understand/parse-date';
import { isAppError } from '../src/domain/app-error';
import { isIsoDay } from '../src/domain/day';
import { PHONE_CODE_DIGITS } from '../src/services/identity/link-limits';
import { confirmPhoneVerification, type PhoneCodeChannels, startPhoneVerification } from '../src/services/identity/phone-verification';
import { isLinkCodeShaped } from '../src/services/link-codes/link-code-format';
import { redeemLinkCode } from '../src/services/link-codes/redeem-link-code';

type FirstAnswer = { kind: 'nip'; nip: string } | { kind: 'code'; code: string };

const say = (text: string) => ({ kind: 'text' as const, text });

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

/** Runs a service call; a typed refusal becomes a reply and a stay on `step`. */
async function attempt(ctx: TurnContext, stepId: string, run: () => Promise<Transition>): Promise<Transition> {
  try {
    return await run();
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { to: stepId, say: [say(ctx.t(error.code, error.params))] };
  }
}

const welcome = (ctx: TurnContext, name: string): Transition => ({
  done: true,
  say: [say(ctx.t('link.linked', { name }))],
  showMenu: false,
});

const PHONE_CODE_SHAPE = new RegExp(`^\\d{${PHONE_CODE_DIGITS}}$`);
const digits = { digits: PHONE_CODE_DIGITS };

/**
 * Links a chat to an employee once: with a one-time code from HR (also as a
 * Telegram deep link), or with NIP + date of birth + a code sent to the phone
 * on record over a configured channel (`channels`; without one, the NIP path
 * asks for a link code from HR). After that the identity is remembered.
 */
export const createLinkAccountFlow = (channels: PhoneCodeChannels = { whatsapp: false }) => defineFlow({
  id: 'link_account',
  requires: 'none',
  start: 'ask',
  keywords: ['hubungkan', 'tautkan', 'daftar', 'link', 'register'],
  steps: {
    ask: step<FirstAnswer>({
      prompt: (ctx) => [say(ctx.t(ctx.actor ? 'link.already' : 'link.ask'))],
      parse: (input) => {
        if (input.kind !== 'text') return { ok: false, hint: 'link.ask_hint' };
        const compact = input.text.trim().replace(/[\s.-]/g, '');
        if (/^\d{18}$/.test(compact)) return { ok: true, value: { kind: 'nip', nip: compact } };
        if (isLinkCodeShaped(compact)) return { ok: true, value: { kind: 'code', code: compact.toUpperCase() } };
        return { ok: false, hint: 'link.ask_hint' };
      },
      next: (answer, ctx) => {
        if (answer.kind === 'nip') {
          if (!channels.whatsapp) return { done: true, showMenu: false, say: [say(ctx.t('link.no_channel'))] };
          return { to: 'birth_date', data: { nip: answer.nip } };
        }
        return attempt(ctx, 'ask', async () => {
          const linked = await redeemLinkCode(ctx.tx, { identityId: ctx.identityId, code: answer.code, now: ctx.now });
          return welcome(ctx, linked.name);
        });
      },
    }),
    birth_date: step<string>({
      prompt: (ctx) => [say(ctx.t('link.ask_birth_date'))],
      parse: (input, ctx) => {
        const day = input.kind === 'text' ? parseBirthDate(input.text, ctx.today) : null;
        return day ? { ok: true, value: day } : { ok: false, hint: 'link.birth_date_hint' };
      },
      next: (birthDate, ctx, data) =>
        attempt(ctx, 'ask', async () => {
          const started = await startPhoneVerification(ctx.tx, {
            identityId: ctx.identityId,
            nip: String(data.nip),
            birthDate,
            now: ctx.now,
            lang: ctx.lang,
            channels,
          });
          if (started.linkedAs) return welcome(ctx, started.linkedAs);
          return {
            to: 'otp',
            data: { employeeId: started.employeeId },
            say: [say(ctx.t('link.otp_sent', { phone: started.maskedPhone, ...digits }))],
          };
        }),
    }),
    otp: step<string>({
      prompt: (ctx) => [say(ctx.t('link.ask_otp', digits))],
      parse: (input) => {
        const code = input.kind === 'text' ? input.text.replace(/[\s.-]/g, '') : '';
        return PHONE_CODE_SHAPE.test(code) ? { ok: true, value: code } : { ok: false, hint: 'link.otp_hint', params: digits };
      },
      next: (code, ctx, data) =>
        attempt(ctx, 'otp', async () => {
          const linked = await confirmPhoneVerification(ctx.tx, {
            identityId: ctx.identityId,
            employeeId: Number(data.employeeId),
            code,
            now: ctx.now,
          });
          return welcome(ctx, linked.name);
        }),
    }),
  },
});
