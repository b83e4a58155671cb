import { z } from 'zod';
import { defineFlow, say, type TurnContext } from '../src/conversation/flow';
import type { Choice } from '../src/chat/outbound-message';
import type { InboundContent } from '../src/chat/inbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { LINK_FLOW } from '../src/conversation/run-turn';
import { matchKeyword } from '../src/conversation/understand/match-keyword';
import { type SmallTalk, readSmallTalk, smallTalkQuestion, smallTalkReply } from '../src/conversation/understand/small-talk';
import { isLinkCodeShaped } from '../src/services/link-codes/link-code-format';
import { readPaperRequest } from './request-paper';
import { privacyNotice } from './privacy-notice';
import { heardIn } from './leave/heard-in';

/** Menu entries: flow id, catalogue key of the label, who sees it. */
const ENTRIES: ReadonlyArray<{ flow: string; label: string; who: 'all' | 'approver' | 'proxy' | 'hr' }> = [
  { flow: 'leave_request', label: 'menu.leave_request', who: 'all' },
  { flow: 'my_requests', label: 'menu.my_requests', who: 'all' },
  { flow: 'balance', label: 'menu.balance', who: 'all' },
  { flow: 'payslip', label: 'menu.payslip', who: 'all' },
  { flow: 'cancel_request', label: 'menu.cancel_request', who: 'all' },
  { flow: 'approvals', label: 'menu.approvals', who: 'approver' },
  { flow: 'delegation', label: 'menu.delegation', who: 'approver' },
  { flow: 'hr_digest', label: 'menu.hr_digest', who: 'hr' },
  { flow: 'hr_find', label: 'menu.hr_find', who: 'hr' },
  { flow: 'hr_worklist', label: 'menu.hr_worklist', who: 'hr' },
  { flow: 'hr_profile_review', label: 'menu.hr_profile_review', who: 'hr' },
  { flow: 'profile_change', label: 'menu.profile_change', who: 'all' },
  { flow: 'my_chats', label: 'menu.my_chats', who: 'all' },
  { flow: 'my_data', label: 'menu.my_data', who: 'all' },
  { flow: 'language', label: 'menu.language', who: 'all' },
  { flow: 'help', label: 'menu.help', who: 'all' },
  { flow: 'act_for', label: 'menu.act_for', who: 'proxy' },
];

const REPLAY_LINK = '=link';
/** `formulir cuti <ref>` / `surat cuti <ref>`: handed to the request_paper flow as its first answer. */
const REPLAY_PAPER = '=paper';
const PAPER_FLOW = 'request_paper';
/** A leave request written in one message ("cuti tahunan 14-16 des ..."): handed to the leave flow's first step. */
const REPLAY_LEAVE = '=leave';
const LEAVE_FLOW = 'leave_request';
/** A greeting or a courtesy ("halo", "terima kasih", 👍): answered, and the menu shown again. */
const SMALL_TALK = '=small:';
const SMALL_TALK_KINDS = ['salam', 'morning', 'noon', 'afternoon', 'evening', 'hello', 'thanks', 'ack'] as const satisfies readonly SmallTalk[];

/** A NIP or a link code typed straight away: handed to the link flow as its first answer. */
function looksLikeLinkAnswer(input: InboundContent): boolean {
  if (input.kind !== 'text') return false;
  const compact = input.text.trim().replace(/[\s.-]/g, '');
  return /^\d{18}$/.test(compact) || isLinkCodeShaped(compact);
}

/** Messages handed on as the first answer of another flow. */
const REPLAYS: ReadonlyMap<string, { flow: string; replay: true }> = new Map([
  [REPLAY_LINK, { flow: LINK_FLOW, replay: true }],
  [REPLAY_PAPER, { flow: PAPER_FLOW, replay: true }],
  [REPLAY_LEAVE, { flow: LEAVE_FLOW, replay: true }],
]);

/** The keyword table of the whole menu, filled from each flow's `keywords` by the registry. */
export type MenuKeywords = () => Record<string, readonly string[]>;

async function menuChoices(ctx: TurnContext, available: ReadonlySet<string>): Promise<Choice[]> {
  const approver = await ctx.services.approvals.isApprover();
  const shown = ENTRIES.filter((e) => available.has(e.flow));
  // HR and supervisors act for others (a supervisor is an approver: asked of approvers only).
  const proxy = ctx.actor?.role === 'HR' || (approver && shown.some((e) => e.who === 'proxy') && (await ctx.services.proxy.allowed()));
  return shown
    .filter((e) => e.who === 'all' || (e.who === 'approver' && approver) || (e.who === 'proxy' && proxy) || (e.who === 'hr' && ctx.actor?.role === 'HR'))
    .map((e) => ({ value: e.flow, label: ctx.t(e.label) }));
}

/** The idle state of every chat: the menu, and the router for typed words; it leads to every flow it was given. */
export function menuFlow(available: ReadonlySet<string>, keywords: MenuKeywords) {
  const flowOf = (text: string): string | null => {
    const word = text.length <= 40 ? matchKeyword(text.replace(/^\//, ''), keywords()) : null;
    return word && available.has(word) ? word : null;
  };
  return defineFlow({
    id: 'menu',
    requires: 'none',
    start: 'home',
    /** `smallTalk`: the menu answers a greeting or a thanks first. */
    data: z.object({ smallTalk: z.enum(SMALL_TALK_KINDS).optional() }),
    graph: { home: ['home', ...[...available].map((flow) => `flow:${flow}` as const)] },
    steps: (s) => ({
      home: s.ask<string>({
        async prompt(ctx, data) {
          if (!ctx.actor) return `${ctx.t('menu.unlinked')}\n\n${privacyNotice(ctx)}`;
          const title = data.smallTalk
            ? `${smallTalkReply(data.smallTalk, ctx.t, ctx.actor.name)} ${ctx.t(smallTalkQuestion(data.smallTalk))}`
            : ctx.t('menu.title', { name: ctx.actor.name });
          return [{ kind: 'choices', text: title, choices: await menuChoices(ctx, available) }];
        },
        async parse(input, ctx) {
          const text = input.kind === 'text' ? input.text : '';
          const small = readSmallTalk(text);
          if (!ctx.actor) return { ok: true, value: looksLikeLinkAnswer(input) ? REPLAY_LINK : small.kind && small.rest === '' ? `${SMALL_TALK}${small.kind}` : LINK_FLOW };
          // A tapped entry or a typed word needs no lookup; only a number needs the list as shown (approver entries vary).
          if (input.kind === 'choice' && available.has(input.value)) return { ok: true, value: input.value };
          if (available.has(PAPER_FLOW) && input.kind === 'text' && readPaperRequest(input)) return { ok: true, value: REPLAY_PAPER };
          // "Pagi pak, saldo": the words after a greeting name the flow.
          const word = flowOf(text) ?? (small.kind && small.rest !== '' ? flowOf(small.rest) : null);
          if (word) return { ok: true, value: word };
          if (small.kind && small.rest === '') return { ok: true, value: `${SMALL_TALK}${small.kind}` };
          const picked = parseChoice(input, await menuChoices(ctx, available));
          if (picked) return { ok: true, value: picked };
          if (available.has(LEAVE_FLOW) && heardIn(text, ctx.today)) return { ok: true, value: REPLAY_LEAVE };
          return { ok: false, hint: 'menu.unknown' };
        },
        next(flow, ctx) {
          if (flow.startsWith(SMALL_TALK)) {
            const smallTalk = flow.slice(SMALL_TALK.length) as SmallTalk;
            return ctx.actor ? { to: 'home', data: { smallTalk } } : { flow: LINK_FLOW, say: [say(smallTalkReply(smallTalk, ctx.t))] };
          }
          return REPLAYS.get(flow) ?? { flow };
        },
      }),
    }),
  });
}
