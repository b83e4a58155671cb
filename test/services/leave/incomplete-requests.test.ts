import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachLeaveDocument } from '../../../src/services/leave/attach-leave-document';
import type { DecideLeaveInput } from '../../../src/services/leave/contract';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { actorOf, codeOf, ctRequest, inTx, leaveWorld, outboxFor, setBalance, stepsOf, submit } from './leave-test-kit';

const PDF = Buffer.from('%PDF-1.4\n% surat keterangan dokter\n');

describe.each(testProviders)('incomplete requests (required document missing) on %s', (provider) => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof leaveWorld>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    world = await leaveWorld(db);
    await setBalance(db, world.employee.id, 12);
  });
  afterEach(async () => {
    await db.drop();
  });

  function decide(input: Omit<DecideLeaveInput, 'channel'>) {
    return inTx(db, (tx) => decideLeave(tx, world.deps, { channel: 'TELEGRAM', ...input }));
  }
  /** HR through the admin API: the token's owner, the demo HR officer. */
  const hrToken = () => ({ type: 'HR_TOKEN' as const, employeeId: world.hr.id, name: world.hr.name });
  const tokenOf = async (requestId: number, order: number) => (await stepsOf(db, requestId))[order - 1]!.token;
  /** 15 days of sick leave (over 14: a government doctor's letter), submitted by HR with no letter. */
  const sickWithoutLetter = () =>
    submit(db, world.deps, ctRequest(world.employee, { actor: hrToken(), typeCode: 'CS', start: '2026-11-30', end: '2026-12-14', reason: 'Demam berdarah' }));

  it('the 15-day sick leave without a letter cannot reach APPROVED at any step', async () => {
    const { supervisor, chief, employee } = world;
    const request = await sickWithoutLetter();
    expect(request).toMatchObject({ days: 15, requiredDocument: 'GOVERNMENT_DOCTOR', documentCount: 0, missingDocument: 'GOVERNMENT_DOCTOR' });
    expect(request.steps.map((s) => s.role)).toEqual(['SUPERVISOR', 'OFFICIAL']);

    const card = JSON.stringify((await outboxFor(db, supervisor.id)).at(-1));
    expect(card).toContain('Surat keterangan dokter pemerintah, ⚠️ belum dikirim');
    expect(card).toContain('belum dapat disetujui');
    const told = JSON.stringify(await outboxFor(db, employee.id));
    expect(told).toContain('belum lengkap');
    expect(told).toContain('kirim surat');

    const token = await tokenOf(request.id, 1);
    const error = await decide({ stepToken: token, actorEmployeeId: supervisor.id, decision: 'APPROVE' }).catch((e) => e);
    expect(error.code).toBe('leave.document_missing');
    expect(error.params).toEqual({ document: 'Surat keterangan dokter pemerintah' });
    expect(await codeOf(decide({ stepToken: token, actorEmployeeId: supervisor.id, decision: 'CHANGE', changedStart: '2026-11-30', changedEnd: '2026-12-10' })))
      .toBe('leave.document_missing');
    const after = await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true, currentStep: true } });
    expect(after).toEqual({ status: 'PENDING', currentStep: 1 });
    expect((await stepsOf(db, request.id)).map((s) => s.status)).toEqual(['PENDING', 'WAITING']);
    expect(await codeOf(decide({ stepToken: await tokenOf(request.id, 2), actorEmployeeId: chief.id, decision: 'APPROVE' }))).not.toBe('resolved');
    expect(await db.prisma.leaveRequest.count({ where: { status: 'APPROVED' } })).toBe(0);
  });

  it('still lets the approver reject an incomplete request', async () => {
    const request = await sickWithoutLetter();
    const result = await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: world.supervisor.id, decision: 'REJECT', note: 'Tanpa surat dokter' });
    expect(result.request.status).toBe('REJECTED');
  });

  it('proceeds once the employee sends the letter: the approver gets the card again and can approve', async () => {
    const { employee, supervisor, chief } = world;
    const request = await sickWithoutLetter();
    const cardsBefore = (await outboxFor(db, supervisor.id)).length;
    const sent = await inTx(db, (tx) =>
      attachLeaveDocument(tx, world.deps, { requestId: request.id, actor: actorOf(employee), fileName: 'surat.pdf', mimeType: 'application/pdf', content: PDF, channel: 'WHATSAPP' }),
    );
    expect(sent.view).toMatchObject({ documentCount: 1, missingDocument: null });
    const cards = await outboxFor(db, supervisor.id);
    // The card again, then the letter itself.
    expect(cards.length).toBe(cardsBefore + 2);
    expect(JSON.stringify(cards.at(-2))).toContain('terlampir (1)');
    expect(cards.at(-1)).toMatchObject({ kind: 'document', fileName: 'surat.pdf', source: { type: 'leaveDocument', requestId: request.id, readerId: supervisor.id } });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.document_attached' } });
    expect(audit).toMatchObject({ actorType: 'EMPLOYEE', actorId: employee.id, entityId: String(request.id) });

    await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'APPROVE' });
    const last = await decide({ stepToken: await tokenOf(request.id, 2), actorEmployeeId: chief.id, decision: 'APPROVE' });
    expect(last.request.status).toBe('APPROVED');
  });

  it('refuses a letter for someone else’s request, a decided request, or a file that is not a photo or PDF', async () => {
    const { employee, pppk, supervisor } = world;
    const request = await sickWithoutLetter();
    const send = (actor: ReturnType<typeof actorOf>, mimeType = 'application/pdf', requestId = request.id) =>
      inTx(db, (tx) => attachLeaveDocument(tx, world.deps, { requestId, actor, fileName: 'x.pdf', mimeType, content: PDF, channel: 'WHATSAPP' }));
    expect(await codeOf(send(actorOf(pppk)))).toBe('leave.proxy_not_allowed');
    expect(await codeOf(send(actorOf(employee), 'text/html'))).toBe('leave.document_file_invalid');
    expect(await codeOf(send(actorOf(employee), 'application/pdf', 999_999))).toBe('leave.request_not_found');
    await decide({ stepToken: await tokenOf(request.id, 1), actorEmployeeId: supervisor.id, decision: 'REJECT', note: 'Tanpa surat' });
    expect(await codeOf(send(actorOf(employee)))).toBe('leave.document_not_pending');
    expect(await db.prisma.leaveDocument.count()).toBe(0);
  });
});
