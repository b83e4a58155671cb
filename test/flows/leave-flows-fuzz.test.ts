import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import type { Actor } from '../../src/chat/actor';
import type { FlowData, TurnContext } from '../../src/conversation/flow';
import type { InboundContent } from '../../src/chat/inbound-message';
import { runTurn } from '../../src/conversation/run-turn';
import { bindTurnServices } from '../../src/conversation/turn-services';
import { SESSION_VERSION, type SessionState } from '../../src/conversation/session-state';
import { jakartaDay } from '../../src/domain/day';
import type { Language } from '../../src/domain/language';
import { translate } from '../../src/i18n/translate';
import type { Tx } from '../../src/store/database';
import { actorOf, linkIdentity } from '../support/factories';
import { seededRandom } from '../support/seeded-random';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { clock, decide, NOW, seedLeaveWorld, submitFor } from './leave-chat';

const random = seededRandom;

const WORDS = [
  '', ' ', '\n', 'ya', 'iya kak', 'tidak', 'gak', '1', '2', '3', '4', '9', '0', '-1', '1.5', '1e309', 'NaN', '99999999999999999999',
  'batal', 'kembali', 'menu', 'bantuan', 'lewati', 'skip', 'pagi', 'siang', 'sehari penuh', 'kedua', 'cuti', 'saldo', 'status',
  '31 Feb', '31 feb 2027', '30/02/2026', '32 des', '14-16 des', '16-14 des', 'besok', 'lusa', 'senin depan', 'minggu depan',
  '3 hari mulai senin', '1/11/2026', '12-13 des', '1 jan 2027 - 31 des 2099', '29 feb', 'tomorrow', 'next monday',
  "'; DROP TABLE \"LeaveRequest\"; --", '" OR 1=1 --', '<script>alert(1)</script>', '<b>tebal</b>', '{{7*7}}', '${process.exit()}',
  '0812 3456 7890', '+60 12 345 6789', 'pakai', 'kirim nanti', '__proto__', 'constructor', 'toString', 'req1', 'req999999', 'CT', 'CB', 'CBERSAMA', 'CLTN', 'FAMILY_DEATH', 'MORNING', 'yes', 'no',
  'change_dates', 'drop', 'other', 'cancel', 'done', 'acara keluarga di Bandung', 'Jl. Veteran No. 5, Serang',
];
const EMOJI = ['😀', '🤷‍♀️', '👍', '👎', '✅', '❌', '🇮🇩', '👨‍👩‍👧‍👦', '🙏🏽'];
const ODD = ['\u0000', '\u0007', '\u001b[31m', '\u200b', '\u200e', '\u202e', '\ufeff', '\ud800', '\udfff', '\r\n', '\t', '\u0085', '\u2028'];
const MIME = ['application/pdf', 'image/jpeg', 'image/png', 'text/html', 'application/x-msdownload', '', 'image/svg+xml'];
const HUGE = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
/** Inputs per step from its start state, and the length of one random walk through the request flow. */
const PER_STEP = 120;
const WALK = 600;

function randomText(r: ReturnType<typeof random>): string {
  switch (r.int(7)) {
    case 0:
      return r.pick(WORDS);
    case 1:
      return Array.from({ length: 1 + r.int(6) }, () => r.pick(EMOJI)).join(r.pick(['', ' ']));
    case 2:
      return r.pick(WORDS) + r.pick(ODD) + r.pick(WORDS);
    case 3:
      return r.pick(WORDS).repeat(1 + r.int(3000)).slice(0, 1 + r.int(60_000));
    case 4:
      return String.fromCodePoint(...Array.from({ length: 1 + r.int(40) }, () => r.int(0x2ffff)).filter((c) => c < 0xd800 || c > 0xdfff));
    case 5:
      return `${r.int(40)} ${r.pick(['feb', 'des', 'jan', 'nov', 'hari', 'days', ''])} ${r.pick(['', '-', 's.d.', 'sampai'])} ${r.int(40)} ${r.pick(['des', 'feb', ''])}`;
    default:
      return `${r.pick(WORDS)} ${r.pick(WORDS)}`;
  }
}

function randomInput(r: ReturnType<typeof random>): InboundContent {
  const roll = r.int(20);
  if (roll === 0) {
    const content = r.int(30) === 0 ? HUGE : Buffer.from(randomText(r));
    return { kind: 'document', fileName: randomText(r).slice(0, 300), mimeType: r.pick(MIME), content };
  }
  if (roll === 1) return { kind: 'contact', phone: randomText(r).slice(0, 40) };
  if (roll <= 4) return { kind: 'choice', value: r.pick(WORDS), ref: r.pick(['', 'x', 'leave']) };
  return { kind: 'text', text: randomText(r) };
}

describe('leave flows under random input', () => {
  let db: TestDatabase;
  let actor: Actor;
  let starts: Array<{ name: string; flow: string; step: string; data: FlowData }>;
  const flows = createFlowRegistry();
  const now = new Date(NOW);

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const people = await seedLeaveWorld(db);
    const identityId = await linkIdentity(db, 'LOCAL', 'fuzz', people.employee.nip);
    actor = await actorOf(db, people.employee.id, identityId);
    const pending = await submitFor(db, people.employee, { start: '2026-12-14', end: '2026-12-16' });
    const approved = await submitFor(db, people.employee, { start: '2026-12-21', end: '2026-12-22' });
    await decide(db, approved.id, 'APPROVE', 'ok');
    const item = (v: typeof pending) => ({ id: v.id, ref: v.ref, typeCode: v.typeCode, start: v.start, end: v.end, days: v.days, status: v.status });
    const items = [item(pending), { ...item(approved), status: 'APPROVED' }];

    const who = { kind: 'PNS', gender: 'F', serviceStart: '2010-03-01' };
    const ct = { type: 'CT', who, start: '2027-01-11', end: '2027-01-13', fullDays: 3, halfDay: 'FULL', detail: { abroad: false } };
    const cs = { type: 'CS', who, start: '2026-11-27', end: '2026-11-29', fullDays: 3, detail: { sickKind: 'ILLNESS' } };
    const typed = (type: string, detail = {}) => ({ ...ct, type, halfDay: undefined, fullDays: 3, detail });
    const leave = (step: string, data: FlowData) => ({ name: `leave_request.${step}`, flow: 'leave_request', step, data });
    starts = [
      { name: 'menu.home', flow: 'menu', step: 'home', data: {} },
      leave('type', {}),
      leave('dates', { type: 'CT', who }),
      { ...leave('dates', { type: 'CS', who }), name: 'leave_request.dates (CS)' },
      leave('abroad', { type: 'CT', who, start: '2026-12-14', end: '2026-12-16', fullDays: 3 }),
      { ...leave('abroad', { type: 'CM', who, start: '2026-12-07', end: '2027-03-06', fullDays: 90 }), name: 'leave_request.abroad (CM)' },
      leave('emergency', { type: 'CT', who, start: '2026-11-30', end: '2026-11-30', fullDays: 1 }),
      leave('travel_days', ct),
      leave('health_board', { ...cs, end: '2027-12-31', fullDays: 400 }),
      leave('phone', { ...ct, reason: 'acara keluarga', address: 'Serang' }),
      leave('half_day', { type: 'CT', who, start: '2026-12-28', end: '2026-12-28', fullDays: 1 }),
      leave('early_reason', { ...ct, who: { kind: 'PPPK', gender: 'M', serviceStart: '2026-06-01' } }),
      leave('cap_reason', typed('CAP')),
      leave('child_order', typed('CM')),
      leave('first_hajj', typed('CB')),
      leave('sick_kind', { ...cs, detail: {} }),
      leave('reason', ct),
      leave('address', { ...ct, reason: 'acara keluarga' }),
      leave('document', { ...cs, reason: 'demam', address: 'Serang' }),
      leave('summary', { ...ct, reason: 'acara keluarga', address: 'Serang', phone: '081234567890' }),
      { ...leave('summary', { ...cs, end: '2027-12-31', fullDays: 400, detail: { sickKind: 'ILLNESS', healthBoardLetter: true }, documentLater: true, reason: 'sakit', address: 'Serang', phone: null }), name: 'leave_request.summary (document later)' },
      leave('refused', { ...ct, reason: 'acara keluarga', address: 'Serang', errors: [{ code: 'leave.overlap', params: { start: '2026-12-14', end: '2026-12-16', ref: pending.ref } }] }),
      { name: 'my_requests.pick', flow: 'my_requests', step: 'pick', data: { items } },
      { name: 'my_requests.detail', flow: 'my_requests', step: 'detail', data: { items, selected: pending.id } },
      { name: 'cancel_request.pick', flow: 'cancel_request', step: 'pick', data: { items } },
      { name: 'cancel_request.reason', flow: 'cancel_request', step: 'reason', data: { items, selected: pending.id } },
      { name: 'cancel_request.confirm', flow: 'cancel_request', step: 'confirm', data: { items, selected: approved.id, reason: null } },
    ];
  }, 60_000);

  afterAll(async () => {
    await db?.drop();
  });

  function contextFor(tx: Tx, lang: Language): TurnContext {
    let language = lang;
    return {
      services: bindTurnServices({ tx, clock: clock(), now, channel: 'LOCAL', chatId: 'fuzz', identityId: actor.identityId, actor }),
      clock: clock(),
      now,
      today: jakartaDay(now),
      get lang() {
        return language;
      },
      channel: 'LOCAL',
      chatId: 'fuzz',
      identityId: actor.identityId,
      actor,
      agency: { name: 'BKPSDM Kota Serang' },
      t: (key, params) => translate(language, key, params),
      setLanguage: (next) => {
        language = next;
      },
    };
  }

  const stateAt = (flow: string, step: string, data: FlowData): SessionState => ({
    v: SESSION_VERSION, flow, step, data, back: [], introduced: true, lastActiveAt: now.toISOString(),
  });

  /** One turn inside a savepoint that is rolled back, so every input meets the same database. */
  async function turn(tx: Tx, state: SessionState, input: InboundContent, lang: Language) {
    await tx.$executeRawUnsafe('SAVEPOINT fuzz');
    try {
      return await runTurn(flows, state, input, contextFor(tx, lang), 30 * 60_000);
    } finally {
      await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT fuzz');
      await tx.$executeRawUnsafe('RELEASE SAVEPOINT fuzz');
    }
  }

  it('answers every random input at every step, without a crash', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const r = random(20261127);
    const silent: string[] = [];
    const visited = new Set<string>();
    let turns = 0;
    const requestsBefore = await db.prisma.leaveRequest.count();
    try {
      await db.prisma.$transaction(async (raw) => {
        const tx = raw as Tx;
        for (const start of starts) {
          for (let i = 0; i < PER_STEP; i += 1) {
            const input = randomInput(r);
            const lang: Language = r.int(4) === 0 ? 'en' : 'id';
            const result = await turn(tx, stateAt(start.flow, start.step, start.data), input, lang);
            turns += 1;
            if (result.replies.length === 0) silent.push(`${start.name} <- ${JSON.stringify(input).slice(0, 120)}`);
          }
        }
        // A random walk: each input meets the state the previous one left.
        let state = stateAt('leave_request', 'type', {});
        for (let i = 0; i < WALK; i += 1) {
          const input = r.int(3) === 0 ? randomInput(r) : { kind: 'text' as const, text: r.pick(WORDS) };
          const result = await turn(tx, state, input, 'id');
          turns += 1;
          if (result.replies.length === 0) silent.push(`walk ${state.flow}.${state.step} <- ${JSON.stringify(input).slice(0, 120)}`);
          visited.add(`${result.state.flow}.${result.state.step}`);
          state = result.state.flow === 'menu' && r.int(2) === 0 ? stateAt('leave_request', 'type', {}) : result.state;
        }
      }, { timeout: 120_000, maxWait: 10_000 });
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(turns).toBe(starts.length * PER_STEP + WALK);
    expect(turns).toBeGreaterThan(3_000);
    expect(silent).toEqual([]);
    expect([...visited]).toEqual(expect.arrayContaining(['leave_request.dates', 'leave_request.reason', 'leave_request.address', 'leave_request.summary']));
    expect(unhandled).toEqual([]);
    expect(await db.prisma.leaveRequest.count()).toBe(requestsBefore);
  }, 120_000);
});
