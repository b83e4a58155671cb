import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvalsFlow } from '../../../flows/approvals';
import { leaveRequestFlow } from '../../../flows/leave-request';
import { requestPaperFlow } from '../../../flows/request-paper';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { outboundDocumentResolver } from '../../../src/services/documents/outbound-document-resolver';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { storeLeaveDocument } from '../../../src/services/leave-documents/store-leave-document';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import type { FakeMessage } from '../../support/fake-bot-api';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { basicFlows } from './basic-flows';
import { startTelegramHarness, type TelegramHarness } from './telegram-harness';
import { callbackUpdate, textUpdate, type TestUser } from './updates';

const NOW = '2026-11-27T03:00:00Z'; // Friday 27 Nov 2026, 10:00 in Jakarta

describe.each(testProviders)('Telegram: leave requested, decided with the card buttons, on %s', (provider) => {
  let db: TestDatabase;
  let tg: TelegramHarness;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const ana: TestUser = { id: 700_501, first_name: 'Ana' };
  const boss: TestUser = { id: 700_502, first_name: 'Budi' };
  const hr: TestUser = { id: 700_503, first_name: 'Hana' };

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    await linkIdentity(db, 'TELEGRAM', String(ana.id), people.employee.nip);
    await linkIdentity(db, 'TELEGRAM', String(boss.id), people.supervisor.nip);
    await linkIdentity(db, 'TELEGRAM', String(hr.id), people.hr.nip);
    await db.prisma.leaveBalance.updateMany({
      where: { employeeId: { in: [people.employee.id, people.hr.id] }, year: 2026 },
      data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 },
    });
    tg = await startTelegramHarness(db, {
      now: NOW,
      flows: basicFlows(leaveRequestFlow, approvalsFlow, requestPaperFlow),
      // The Surat Izin Cuti goes to the employee on grant, as a document rendered at send time.
      resolveDocument: outboundDocumentResolver(db, loadConfig({}), fixedClock(NOW)),
    });
  });
  afterEach(async () => {
    await tg.close();
    await db.drop();
  });

  /** Posts an update, expects Telegram to get 200, and delivers what the turn enqueued. */
  async function deliver(update: unknown): Promise<void> {
    expect((await tg.post(update)).statusCode).toBe(200);
    await tg.drain();
  }
  const lastIn = (user: TestUser): FakeMessage => tg.api.messagesIn(user.id).at(-1)!;
  const buttonsOf = (message: FakeMessage) => message.replyMarkup?.inline_keyboard.flat() ?? [];
  const press = (user: TestUser, message: FakeMessage, label: RegExp) => {
    const button = buttonsOf(message).find((b) => label.test(b.text));
    if (!button) throw new Error(`no button ${label} on ${message.text}`);
    return deliver(callbackUpdate(user, button.callback_data, message.messageId));
  };
  const lastToast = () => tg.api.callsOf('answerCallbackQuery').at(-1)!.params.text;
  const cardOf = (user: TestUser) => tg.api.messagesIn(user.id).find((m) => buttonsOf(m).some((b) => b.callback_data.startsWith('dec:')));

  /** A request submitted earlier (through the service) whose card reached the supervisor on Telegram. */
  async function pendingRequest() {
    const request = await db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: tg.clock }, {
        employeeId: people.employee.id,
        actor: { type: 'EMPLOYEE', employeeId: people.employee.id, name: people.employee.name, channel: 'TELEGRAM' },
        typeCode: 'CT',
        start: '2026-12-07',
        end: '2026-12-09',
        reason: 'Menikahkan adik',
        address: 'Jl. Veteran 3, Serang',
      }),
    );
    await tg.drain();
    const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id, status: 'PENDING' } });
    return { request, step, card: cardOf(boss)! };
  }

  /** Everything a refused press must leave as it was. */
  async function snapshot(requestId: number) {
    const [request, steps, decisions] = await Promise.all([
      db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, version: true, currentStep: true } }),
      db.prisma.approvalStep.findMany({ where: { requestId }, select: { status: true, decision: true, decidedById: true }, orderBy: { order: 'asc' } }),
      db.prisma.auditLog.count({ where: { entity: 'LeaveRequest', action: { not: { startsWith: 'conversation' } } } }),
    ]);
    return { request, steps, decisions };
  }

  it('an employee requests leave in chat; the supervisor approves on the card; the card shows the outcome; the employee is told', async () => {
    await deliver(textUpdate(ana, '/cuti'));
    await press(ana, lastIn(ana), /Cuti Tahunan/);
    await deliver(textUpdate(ana, '14-16 des'));
    await press(ana, lastIn(ana), /Tidak/);
    await deliver(textUpdate(ana, 'acara keluarga di Bandung'));
    await deliver(textUpdate(ana, 'Jl. Veteran No. 5, Serang'));
    const summary = lastIn(ana);
    expect(summary.text).toContain('14-16 Des 2026');
    await press(ana, summary, /Ya/);

    const request = await db.prisma.leaveRequest.findFirstOrThrow();
    expect(request).toMatchObject({ status: 'PENDING', startDate: '2026-12-14', endDate: '2026-12-16', submittedVia: 'TELEGRAM' });
    expect(lastIn(ana).text).toContain(request.ref);

    const card = cardOf(boss)!;
    expect(card.text).toContain(request.ref);
    expect(card.text).toContain(people.employee.name);
    expect(card.text).toContain('acara keluarga di Bandung');
    expect(card.text).toMatch(/Telepon selama cuti: \+447700900\d{3}/);
    expect(buttonsOf(card).map((b) => b.callback_data.split(':')[2])).toEqual(['APPROVE', 'NOTE', 'CHANGE', 'REJECT', String(request.id)]);
    expect(buttonsOf(card).at(-1)).toMatchObject({ text: '📄 Formulir', callback_data: `paper:FORM:${request.id}` });
    expect(buttonsOf(card).every((b) => Buffer.byteLength(b.callback_data) <= 64)).toBe(true);

    // The form, from the card: a document in the supervisor's chat; the card keeps its buttons.
    await press(boss, card, /Formulir/);
    const form = lastIn(boss);
    expect(form.document).toBeDefined();
    expect(form.caption).toBe(`Formulir permintaan dan pemberian cuti ${request.ref} terlampir.`);
    expect(buttonsOf(tg.api.message(boss.id, card.messageId)!)).toHaveLength(5);

    await press(boss, card, /Setujui/);
    expect(tg.api.callsOf('answerCallbackQuery').length).toBe(5);

    const decided = tg.api.message(boss.id, card.messageId)!;
    expect(decided.text).toContain(`Disetujui oleh ${people.supervisor.name}, 27 Nov 10:00`);
    expect(decided.text).toContain(request.ref);
    expect(buttonsOf(decided)).toEqual([]);
    expect(await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'APPROVED' });
    expect(await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id } })).toMatchObject({
      decision: 'APPROVE',
      decidedById: people.supervisor.id,
      decidedVia: 'TELEGRAM',
    });
    const toAna = tg.api.messagesIn(ana.id);
    // The decision notice, then the Surat Izin Cuti as a document.
    expect(toAna.at(-2)!.text).toContain(`disetujui oleh ${people.supervisor.name}`);
    expect(toAna.at(-1)!.document).toBeDefined();
    expect(toAna.at(-1)!.caption).toMatch(/Surat izin cuti/i);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
  });

  it.each([
    { lang: 'id', approve: /Setujui/, outcome: 'Disetujui oleh', told: 'disetujui oleh' },
    { lang: 'en', approve: /Approve/, outcome: 'Approved by', told: 'approved by' },
  ])('a supervisor approves with exactly one button press through the webhook; the employee is told ($lang)', async ({ lang, approve, outcome, told }) => {
    await db.prisma.employee.updateMany({ where: { id: { in: [people.supervisor.id, people.employee.id] } }, data: { language: lang } });
    const { request, card } = await pendingRequest();
    const before = { updates: tg.api.callsOf('answerCallbackQuery').length, toAna: tg.api.messagesIn(ana.id).length };

    await press(boss, card, approve);

    // One update from the supervisor: the press; no note asked, nothing typed.
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(before.updates + 1);
    expect(tg.api.messagesIn(boss.id).some((m) => /catatan|note/i.test(m.text ?? '') && m.messageId !== card.messageId)).toBe(false);
    expect(await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'APPROVED' });
    const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id } });
    expect(step).toMatchObject({ decision: 'APPROVE', note: null, decidedById: people.supervisor.id, decidedVia: 'TELEGRAM' });
    // The card, edited in place: the outcome instead of the buttons.
    const edited = tg.api.message(boss.id, card.messageId)!;
    expect(edited.text).toContain(`${outcome} ${people.supervisor.name}`);
    expect(buttonsOf(edited)).toEqual([]);
    // The employee is told, in their language.
    const toAna = tg.api.messagesIn(ana.id).slice(before.toAna);
    expect(toAna.some((m) => m.text?.includes(`${told} ${people.supervisor.name}`))).toBe(true);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
  });

  it.each([
    { lang: 'id', caption: 'Surat keterangan dokter untuk permintaan cuti' },
    { lang: 'en', caption: 'Doctor’s letter for leave request' },
  ])('the supervisor receives the employee’s letter as a document with the card ($lang)', async ({ lang, caption }) => {
    await db.prisma.employee.update({ where: { id: people.supervisor.id }, data: { language: lang } });
    const letter = Buffer.from('%PDF-1.4\n% surat dokter Ana\n');
    const request = await db.prisma.$transaction(async (tx) => {
      const stored = await storeLeaveDocument(tx as Tx, {
        employeeId: people.employee.id, actorName: people.employee.name, kind: 'DOCTOR', fileName: 'surat-dokter.pdf', mimeType: 'application/pdf', content: letter, channel: 'TELEGRAM',
      });
      return submitLeave(tx as Tx, { clock: tg.clock }, {
        employeeId: people.employee.id,
        actor: { type: 'EMPLOYEE', employeeId: people.employee.id, name: people.employee.name, channel: 'TELEGRAM' },
        typeCode: 'CT', start: '2026-12-07', end: '2026-12-08', reason: 'Kontrol dokter', address: 'Serang', documentIds: [stored.id],
      });
    });
    await tg.drain();
    const toBoss = tg.api.messagesIn(boss.id);
    const card = cardOf(boss)!;
    const sent = toBoss.find((m) => m.document);
    expect(sent).toBeDefined();
    expect(sent!.messageId).toBeGreaterThan(card.messageId);
    expect(Buffer.compare(sent!.document!.content, letter)).toBe(0);
    expect(sent!.document!.fileName).toBe('surat-dokter.pdf');
    expect(sent!.caption).toContain(`${caption} ${request.ref}`);
    expect(tg.api.messagesIn(ana.id).some((m) => m.document)).toBe(false);
  });

  it('refuses a decision button pressed by someone who is not the approver, and changes nothing', async () => {
    const { request, card } = await pendingRequest();
    const before = await snapshot(request.id);
    const approve = buttonsOf(card).find((b) => b.callback_data.endsWith(':APPROVE'))!.callback_data;

    await deliver(callbackUpdate(hr, approve, card.messageId));
    expect(lastToast()).toBe('Permintaan ini bukan untuk Anda putuskan.');
    await deliver(callbackUpdate(ana, approve, card.messageId));
    expect(lastToast()).toBe('Anda tidak dapat memutuskan permintaan cuti Anda sendiri.');
    expect(await snapshot(request.id)).toEqual(before);
    expect(buttonsOf(tg.api.message(boss.id, card.messageId)!)).toHaveLength(5);
  });

  it('refuses the approver pressing a button of a request that is not theirs', async () => {
    const { request } = await pendingRequest();
    const other = people.all.find((e) => e.supervisorId !== null && e.supervisorId !== people.supervisor.id && e.id !== people.supervisor.id && e.role === 'EMPLOYEE')!;
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: other.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    const foreign = await db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: tg.clock }, {
        employeeId: other.id,
        actor: { type: 'EMPLOYEE', employeeId: other.id, name: other.name, channel: 'TELEGRAM' },
        typeCode: 'CT',
        start: '2026-12-14',
        end: '2026-12-14',
        reason: 'urusan keluarga',
        address: 'Serang',
      }),
    );
    const foreignStep = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: foreign.id, status: 'PENDING' } });
    expect(foreignStep.approverId).not.toBe(people.supervisor.id);
    const before = [await snapshot(request.id), await snapshot(foreign.id)];

    await deliver(callbackUpdate(boss, `dec:${foreignStep.token}:APPROVE`, 4242));
    expect(lastToast()).toBe('Permintaan ini bukan untuk Anda putuskan.');
    expect([await snapshot(request.id), await snapshot(foreign.id)]).toEqual(before);
  });

  it('refuses a press on a request already decided', async () => {
    const { request, card } = await pendingRequest();
    const approve = buttonsOf(card).find((b) => b.callback_data.endsWith(':APPROVE'))!.callback_data;
    await press(boss, card, /Setujui/);
    expect(buttonsOf(tg.api.message(boss.id, card.messageId)!)).toEqual([]);
    const decided = await snapshot(request.id);
    expect(decided.request.status).toBe('APPROVED');

    await deliver(callbackUpdate(boss, approve, card.messageId));
    expect(lastToast()).toContain(`Permintaan ini sudah diputuskan oleh ${people.supervisor.name}`);
    await deliver(textUpdate(boss, '-'));
    const reject = approve.replace(':APPROVE', ':REJECT');
    await deliver(callbackUpdate(boss, reject, card.messageId));
    expect(lastToast()).toContain('sudah diputuskan');
    await deliver(textUpdate(boss, 'berubah pikiran'));
    expect(await snapshot(request.id)).toEqual(decided);
  });

  it('refuses garbage and tampered callback data', async () => {
    const { request, step, card } = await pendingRequest();
    const before = await snapshot(request.id);
    const tampered = [
      'dec:aaaaaaaaaa:APPROVE',
      `dec:${step.token}:MAYBE`,
      `dec:${step.token.slice(0, 9)}:APPROVE`,
      `dec:${step.token}`,
      `dec:${step.token}:APPROVE:extra`,
      'dec:::',
      '💣'.repeat(16),
      'x'.repeat(64),
    ];
    for (const data of tampered) {
      expect((await tg.post(callbackUpdate(boss, data, card.messageId))).statusCode).toBe(200);
      expect(await snapshot(request.id)).toEqual(before);
    }
    expect(tg.api.callsOf('answerCallbackQuery')[0]!.params.text).toBe('Tombol ini tidak berlaku: permintaan cuti yang dimaksud tidak ditemukan.');
    await tg.drain();
    expect(tg.api.callsOf('answerCallbackQuery')).toHaveLength(tampered.length);
    expect(await snapshot(request.id)).toEqual(before);
    expect(buttonsOf(tg.api.message(boss.id, card.messageId)!)).toHaveLength(5);
  });

  it('processes a redelivered button press once', async () => {
    const { request, card } = await pendingRequest();
    const approve = buttonsOf(card).find((b) => b.callback_data.endsWith(':APPROVE'))!.callback_data;
    const pressOnce = callbackUpdate(boss, approve, card.messageId);
    await deliver(pressOnce);
    await deliver(pressOnce);
    expect(await db.prisma.processedEvent.count({ where: { eventId: String(pressOnce.update_id) } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { entity: 'LeaveRequest', entityId: String(request.id), action: { contains: 'decide' } } })).toBeLessThanOrEqual(1);
    expect((await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('APPROVED');
    expect(tg.api.messagesIn(ana.id).filter((m) => m.text?.includes('disetujui'))).toHaveLength(1);
  });
});
