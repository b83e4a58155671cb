import { z } from 'zod';
import { defineFlow, say } from '../src/conversation/flow';
import { parseChoice } from '../src/conversation/parse-choice';
import { LINK_FLOW } from '../src/conversation/run-turn';
import { matchKeyword } from '../src/conversation/understand/match-keyword';
import { type SmallTalk, readSmallTalk, smallTalkQuestion, smallTalkReply } from '../src/conversation/understand/small-talk';
import { menuChoices } from './menu-choices';
import { LEAVE_FLOW, looksLikeLinkAnswer, PAPER_FLOW, REPLAY_LEAVE, REPLAY_LINK, REPLAY_PAPER, REPLAYS, SMALL_TALK, SMALL_TALK_KINDS } from './menu-replays';
import { readPaperRequest } from './request-paper';
import { privacyNotice } from './privacy-notice';
import { heardIn } from './leave/heard-in';

/** The keyword table of the whole menu, filled from each flow's `keywords` by the registry. */
export type MenuKeywords = () => Record<string, readonly string[]>;

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
