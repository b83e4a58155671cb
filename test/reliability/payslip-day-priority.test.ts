import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyMessageContent } from '@whiskeysockets/baileys';
import { createFlowRegistry } from '../../flows';
import { createWhatsappChannel, type WhatsappChannel } from '../../src/channels/whatsapp/whatsapp-channel';
import { whatsappPacing } from '../../src/channels/whatsapp/whatsapp-sender';
import type { Clock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { createConversationEngine } from '../../src/conversation/conversation-engine';
import { createLogger } from '../../src/logger';
import { enqueue } from '../../src/outbox/enqueue';
import { createOutboxWorker, type OutboxWorker } from '../../src/outbox/outbox-worker';
import { outboundDocumentResolver } from '../../src/services/documents/outbound-document-resolver';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { FakeSocket } from '../channels/whatsapp/fake-socket';
import { text, type From } from '../channels/whatsapp/messages';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/test-database';
import { sizeOf } from './reliability-size';

const PAYSLIPS = 5_000;
/** Employees who each send a leave request while the payslips drain (one a few seconds after the other). */
const ROUNDS = sizeOf(3, 1);
/** Payslips sent before the first request, between requests, and after the last. */
const BULK_BETWEEN = sizeOf(3, 2);
const WITHIN_MS = 5_000;
const START = '2026-11-27T03:00:00Z'; // Friday 27 Nov 2026, 10:00 in Jakarta

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jidOf = (phone: string) => `${phone}@s.whatsapp.net`;
/** The chat of the n-th queued payslip (a distinct number each). */
const bulkJid = (n: number) => `62811${String(n).padStart(8, '0')}@s.whatsapp.net`;

/** Jakarta time from START on, running in real time; `skip` jumps ahead (the setup's pauses). */
function runningClock(at: string): Clock & { skip(ms: number): void } {
  const base = new Date(at).getTime();
  const started = performance.now();
  let skipped = 0;
  return { now: () => new Date(base + skipped + Math.floor(performance.now() - started)), skip: (ms) => void (skipped += ms) };
}

interface Delivery {
  jid: string;
  content: AnyMessageContent;
  /** performance.now() when the socket was asked to send it. */
  at: number;
}

/** The fake socket, timing each send: WhatsApp's one message a second per number is checked on what it was handed. */
class TimedSocket extends FakeSocket {
  readonly deliveries: Delivery[] = [];
  override async sendMessage(jid: string, content: AnyMessageContent) {
    this.deliveries.push({ jid, content, at: performance.now() });
    return super.sendMessage(jid, content);
  }
}

const isPayslip = (d: Delivery) => 'document' in d.content;
const textOf = (d: Delivery) => ('text' in d.content && typeof d.content.text === 'string' ? d.content.text : '');

/**
 * Payslip day on one WhatsApp number: 5,000 payslip PDFs queued in the bulk
 * lane, drained by the real outbox worker through the real WhatsApp channel
 * (a fake socket, one message a second). Meanwhile employees confirm leave
 * requests in chat: the answer to them and the decision card to their
 * supervisor (linked on WhatsApp only) go out within 5 s of the turn that
 * enqueued them, ahead of the payslips, which then go on in the order they
 * were queued. The short form (CI) sends one request a few seconds into the
 * drain; the full size three.
 */
describe.each(testProviders)(`payslip day on WhatsApp: ${PAYSLIPS} payslips queued, replies and cards first (%s)`, (provider) => {
  let db: TestDatabase;
  let clock: ReturnType<typeof runningClock>;
  let socket: TimedSocket;
  let channel: WhatsappChannel;
  let worker: OutboxWorker | null = null;
  const senders: Array<{ employee: From; supervisor: From }> = [];
  /** performance.now() of each turn that committed outbox rows (the engine's wake-up to the outbox). */
  const commits: number[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    clock = runningClock(START);
    await seedDemo(db, clock, 16);
    const { all } = await demoPeople(db);
    const phones = new Map((await db.prisma.employee.findMany({ select: { id: true, phone: true } })).map((e) => [e.id, e.phone!]));
    const staff = all.filter((e) => e.role === 'EMPLOYEE' && e.supervisorId !== null && all.some((s) => s.id === e.supervisorId && s.supervisorId !== null));
    for (const person of staff.slice(0, ROUNDS)) {
      const boss = all.find((s) => s.id === person.supervisorId)!;
      await linkIdentity(db, 'WHATSAPP', jidOf(phones.get(person.id)!), person.nip);
      await linkIdentity(db, 'WHATSAPP', jidOf(phones.get(boss.id)!), boss.nip);
      senders.push({ employee: { jid: jidOf(phones.get(person.id)!) }, supervisor: { jid: jidOf(phones.get(boss.id)!) } });
    }
    expect(senders).toHaveLength(ROUNDS);
    expect(await db.prisma.chatIdentity.count({ where: { channel: 'TELEGRAM' } })).toBe(0);

    const engine = createConversationEngine({
      db,
      clock,
      flows: createFlowRegistry({ phoneCodeChannels: { whatsapp: true } }),
      idleMinutes: 30,
      agency: { name: 'BKPSDM Kota Serang', publicUrl: 'https://sapa.example.go.id' },
      onOutbox: () => {
        commits.push(performance.now());
        worker?.wake();
      },
    });
    channel = createWhatsappChannel({
      db,
      clock,
      engine,
      logger: createLogger('silent'),
      pacing: whatsappPacing(1, 400),
      socketFactory: (auth) => (socket = new TimedSocket(auth)),
      showQr: () => undefined,
    });
    await channel.service.start();
    socket.open();
  });
  afterAll(async () => {
    await worker?.stop();
    await channel?.service.stop();
    await db?.drop();
  });

  const workerOf = (options: Partial<Parameters<typeof createOutboxWorker>[0]> = {}) =>
    createOutboxWorker({ db, clock, senders: [channel.sender], resolveDocument: outboundDocumentResolver(db, loadConfig({}), clock), ...options });

  /** Each employee walks a leave request to its last question; those answers are sent at once (the pauses skip ahead). */
  async function requestsUpToConfirmation(): Promise<void> {
    const setup = workerOf({ sleep: (ms, signal) => new Promise((resolve) => setImmediate(() => resolve(signal.aborted ? undefined : clock.skip(ms)))) });
    for (const { employee } of senders) {
      for (const said of ['cuti', '1', '14-16 des', 'tidak', 'acara keluarga di Bandung', 'Jl. Veteran No. 5, Serang']) {
        socket.receive(text(employee, said));
        await channel.inbound.idle();
      }
    }
    await setup.drainOnce();
    await setup.stop();
    for (const { employee } of senders) expect(textOf(socket.deliveries.filter((d) => d.jid === employee.jid).at(-1)!)).toMatch(/Kirim pengajuan ini\?/);
    socket.deliveries.length = 0;
  }

  async function queuePayslips(): Promise<void> {
    const slips = await db.prisma.payslip.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    for (let from = 0; from < PAYSLIPS; from += 1_000) {
      const envelopes = Array.from({ length: Math.min(1_000, PAYSLIPS - from) }, (_, k) => ({
        channel: 'WHATSAPP' as const,
        chatId: bulkJid(from + k),
        purpose: 'payslip' as const,
        message: {
          kind: 'document' as const,
          fileName: 'slip-gaji-2026-10.pdf',
          mimeType: 'application/pdf',
          caption: 'Slip gaji Oktober 2026.',
          source: { type: 'payslip' as const, payslipId: slips[(from + k) % slips.length]!.id },
        },
      }));
      await db.prisma.$transaction((tx) => enqueue(tx, envelopes), { timeout: 60_000 });
    }
  }

  async function until(what: string, done: () => boolean, ms: number): Promise<void> {
    const deadline = performance.now() + ms;
    while (!done()) {
      if (performance.now() > deadline) throw new Error(`waited ${ms} ms for ${what}`);
      await sleep(20);
    }
  }

  it(`sends each employee’s answer and their supervisor’s card within ${WITHIN_MS / 1000} s of their turn’s commit, at one message a second, the payslips after them in queue order`, async () => {
    await requestsUpToConfirmation();
    await queuePayslips();
    expect(await db.prisma.outboxMessage.count({ where: { status: 'PENDING', lane: 'BULK', channel: 'WHATSAPP' } })).toBe(PAYSLIPS);

    worker = workerOf();
    await worker.start();
    const payslipsSent = () => socket.deliveries.filter(isPayslip).length;
    const rounds: Array<{ said: number; enqueued: number; answered: number; carded: number }> = [];
    for (const [round, { employee, supervisor }] of senders.entries()) {
      await until(`${BULK_BETWEEN} more payslips`, () => payslipsSent() >= BULK_BETWEEN * (round + 1), 30_000);
      const said = performance.now();
      socket.receive(text(employee, 'ya'));
      // A supervisor may have several of the employees: their card of this round is the one sent after this message.
      const answer = () => socket.deliveries.find((d) => d.at > said && d.jid === employee.jid && /sudah dikirim ke/.test(textOf(d)));
      const card = () => socket.deliveries.find((d) => d.at > said && d.jid === supervisor.jid);
      await until('the answer and the card', () => Boolean(answer() && card()), 2 * WITHIN_MS);
      const ref = /ref (CT-\d{4}-\d+)/.exec(textOf(answer()!))?.[1];
      expect(ref).toBeDefined();
      expect(textOf(card()!)).toContain(ref);
      // The turn's commit enqueued both (one transaction): the engine wakes the outbox right after it.
      const enqueued = commits.find((at) => at > said)!;
      rounds.push({ said, enqueued, answered: answer()!.at, carded: card()!.at });
    }
    await until('the payslips after the last card', () => payslipsSent() >= BULK_BETWEEN * (ROUNDS + 1), 30_000);
    await worker.stop();

    const sent = socket.deliveries;
    const gaps = sent.slice(1).map((d, i) => d.at - sent[i]!.at);
    const payslipOrder = sent.filter(isPayslip).map((d) => d.jid);
    const interactive = sent.filter((d) => !isPayslip(d));
    console.log(
      `payslip day (${provider}): ${PAYSLIPS} payslips queued; ${rounds
        .map((r) => {
          const s = (ms: number) => (ms / 1000).toFixed(2);
          return `turn committed ${s(r.enqueued - r.said)} s after the employee's message; answer ${s(r.answered - r.enqueued)} s, card ${s(r.carded - r.enqueued)} s after that`;
        })
        .join('; ')}; ${payslipOrder.length} payslips and ${interactive.length} replies and cards sent, ` +
        `closest sends ${(Math.min(...gaps) / 1000).toFixed(3)} s apart`,
    );

    for (const round of rounds) {
      expect(round.answered - round.enqueued).toBeLessThan(WITHIN_MS);
      expect(round.carded - round.enqueued).toBeLessThan(WITHIN_MS);
      // Nothing of the bulk lane went out between the two: both were queued together, and the payslips wait for both.
      const [first, last] = [Math.min(round.answered, round.carded), Math.max(round.answered, round.carded)];
      expect(sent.filter((d) => isPayslip(d) && d.at > first && d.at < last)).toEqual([]);
    }
    // The payslips went out in the order they were queued, none skipped or repeated, around the answers and cards.
    expect(payslipOrder).toEqual(Array.from({ length: payslipOrder.length }, (_, n) => bulkJid(n)));
    expect(interactive).toHaveLength(ROUNDS * 2);
    // One number, one message a second: never two sends within a second, whichever lane they came from.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
    expect(await db.prisma.outboxMessage.count({ where: { lane: 'INTERACTIVE', status: { not: 'SENT' } } })).toBe(0);
    expect(await db.prisma.outboxMessage.count({ where: { lane: 'BULK', status: 'SENT' } })).toBe(payslipOrder.length);
  });
});
