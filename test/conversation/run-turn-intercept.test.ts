import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { Actor } from '../../src/chat/actor';
import { z } from 'zod';
import { defineFlow, type TurnContext } from '../../src/conversation/flow';
import { FlowRegistry } from '../../src/conversation/flow-registry';
import type { InboundContent } from '../../src/chat/inbound-message';
import { runTurn } from '../../src/conversation/run-turn';
import { freshState, type SessionState } from '../../src/conversation/session-state';
import type { TurnServices } from '../../src/conversation/turn-services';

const say = (text: string) => [{ kind: 'text' as const, text }];

const menu = defineFlow({
  id: 'menu',
  requires: 'none',
  data: z.object({}),
  start: 'home',
  graph: { home: ['done'] },
  steps: (s) => ({
    home: s.ask<string>({ prompt: () => say('MENU'), parse: () => ({ ok: false, hint: 'menu?' }), next: () => ({ done: true }) }),
  }),
});

/** A flow the person is in the middle of. */
const survey = defineFlow({
  id: 'survey',
  requires: 'none',
  data: z.object({ draft: z.number().optional() }),
  start: 'ask',
  graph: { ask: ['done'] },
  steps: (s) => ({
    ask: s.text({
      prompt: () => 'What is your name?',
      schema: z.string(),
      hint: 'type your name',
      next: (name) => ({ done: true, showMenu: false, say: say(`Thanks ${name}`) }),
    }),
  }),
});

/** Answers "vote:<x>" buttons from anywhere. */
const votes = defineFlow({
  id: 'votes',
  requires: 'linked',
  data: z.object({ value: z.string().optional() }),
  start: 'press',
  intercept: { prefix: 'vote:', step: 'press' },
  graph: { press: ['why'], why: ['done'] },
  steps: (s) => ({
    press: s.ask<string>({
      prompt: () => say('Press a vote button'),
      parse: (input) =>
        input.kind === 'choice' && input.value === 'vote:yes' ? { ok: true, value: 'yes' } : { ok: false, hint: 'stale vote {value}', params: { value: input.kind === 'choice' ? input.value : '' } },
      next: (value) => ({ to: 'why', data: { value } }),
    }),
    why: s.text({
      prompt: (_ctx, data) => `Why ${data.value}?`,
      schema: z.string(),
      hint: 'why?',
      next: (why, _ctx, data) => ({ done: true, showMenu: false, say: say(`Voted ${data.value}: ${why}`) }),
    }),
  }),
});

const actor: Actor = { employeeId: 1, nip: '1', name: 'Budi', role: 'EMPLOYEE', identityId: 1, kind: 'PNS', gender: 'M', serviceStart: '2010-01-01', contractStart: null, contractEnd: null, hardToReach: false, phone: null, unitId: 1, approver: false, proxy: false };

function context(linked: boolean): TurnContext {
  const now = new Date('2026-11-27T03:00:00Z');
  return {
    services: {} as TurnServices, clock: fixedClock(now), now, today: '2026-11-27', lang: 'id', channel: 'LOCAL', chatId: 'c', identityId: 1,
    actor: linked ? actor : null, agency: { name: 'test' },
    t: (key, params) => (params ? key.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k])) : key),
    setLanguage: () => {},
  };
}

const flows = new FlowRegistry([menu, survey, votes]);
const inSurvey: SessionState = { ...freshState(new Date('2026-11-27T02:59:00Z')), introduced: true, flow: 'survey', step: 'ask', data: { draft: 1 } };
const press = (value: string): InboundContent => ({ kind: 'choice', value, ref: 'card:1' });
const texts = (r: { replies: Array<{ kind: string; text?: string }> }) => r.replies.map((m) => m.text);

describe('intercepted buttons', () => {
  it('answers a prefixed button from the middle of another flow and continues in its own flow', async () => {
    const turn = await runTurn(flows, inSurvey, press('vote:yes'), context(true), 600_000);
    expect(texts(turn)).toEqual(['Why yes?']);
    expect(turn.state).toMatchObject({ flow: 'votes', step: 'why', data: { value: 'yes' } });
    expect(turn.state.back[0]).toEqual({ flow: 'survey', step: 'ask', data: { draft: 1 } });

    const done = await runTurn(flows, turn.state, { kind: 'text', text: 'because' }, context(true), 600_000);
    expect(texts(done)).toEqual(['Voted yes: because']);
  });

  it('keeps the interrupted step reachable with "kembali"', async () => {
    const turn = await runTurn(flows, inSurvey, press('vote:yes'), context(true), 600_000);
    const back1 = await runTurn(flows, turn.state, { kind: 'text', text: 'kembali' }, context(true), 600_000);
    const back2 = await runTurn(flows, back1.state, { kind: 'text', text: 'kembali' }, context(true), 600_000);
    expect(back2.state).toMatchObject({ flow: 'survey', step: 'ask', data: { draft: 1 } });
    expect(texts(back2)).toEqual(['What is your name?']);
  });

  it('answers a refused press with its hint and leaves the chat where it was', async () => {
    const turn = await runTurn(flows, inSurvey, press('vote:tampered'), context(true), 600_000);
    expect(texts(turn)).toEqual(['stale vote vote:tampered']);
    expect(turn.state).toMatchObject({ flow: 'survey', step: 'ask', data: { draft: 1 }, back: [] });
  });

  it('leaves other choices and typed text to the current step', async () => {
    const typed = await runTurn(flows, inSurvey, { kind: 'text', text: 'vote:yes' }, context(true), 600_000);
    expect(texts(typed)).toEqual(['Thanks vote:yes']);
    const other = await runTurn(flows, inSurvey, press('poll:yes'), context(true), 600_000);
    expect(texts(other)).toEqual(['type your name']);
  });

  it('asks an unlinked chat to link first when the flow needs a linked employee', async () => {
    const turn = await runTurn(flows, inSurvey, press('vote:yes'), context(false), 600_000);
    expect(texts(turn)).toEqual(['conversation.link_first']);
    expect(turn.state).toMatchObject({ flow: 'survey', step: 'ask' });
  });

  it('is checked when flows are loaded', () => {
    expect(() => new FlowRegistry([menu, votes, { ...votes, id: 'votes_two', intercept: { prefix: 'vote:y', step: 'press' } }])).toThrow(/overlapping/);
  });
});
