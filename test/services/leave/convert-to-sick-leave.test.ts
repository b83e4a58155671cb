import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeaveActor } from '../../../src/services/leave/contract';
import { convertToSickLeave } from '../../../src/services/leave/convert-to-sick-leave';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { returnToWork } from '../../../src/services/leave/return-to-work';
import { readStoredDetail } from '../../../src/services/leave/internal/stored-detail';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { actorOf, balanceOf, codeOf, ctRequest, inTx, leaveWorld, outboxFor, setBalance, stepsOf, submit } from './leave-test-kit';

describe.each(testProviders)('convertToSickLeave on %s', (provider) => {
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

  /** A doctor's letter the employee uploaded (not yet attached to a request). */
  async function letter(): Promise<number> {
    const row = await db.prisma.leaveDocument.create({
      data: { employeeId: world.employee.id, kind: 'DOCTOR', fileName: 'surat-dokter.pdf', mimeType: 'application/pdf', size: 9, sha256: 'x', content: Buffer.from('%PDF-1.4\n') },
      select: { id: true },
    });
    return row.id;
  }
  const convert = (requestId: number, start: string, end: string, documentIds: number[], actor: LeaveActor = actorOf(world.employee)) =>
    inTx(db, (tx) => convertToSickLeave(tx, world.deps, { requestId, start, end, documentIds, reason: 'Demam', actor }));

  /** Cuti tahunan Mon 7 - Fri 11 Dec 2026 (5 working days), approved by the supervisor. */
  async function granted() {
    const request = await submit(db, world.deps, ctRequest(world.employee, { start: '2026-12-07', end: '2026-12-11' }));
    const [step] = await stepsOf(db, request.id);
    await inTx(db, (tx) => decideLeave(tx, world.deps, { stepToken: step!.token, actorEmployeeId: world.supervisor.id, decision: 'APPROVE', channel: 'TELEGRAM' }));
    return request;
  }

  it('turns sick days of granted annual leave into sick leave with the letter and gives the annual days back, in one go', async () => {
    const annual = await granted();
    world.clock.set('2026-12-09T03:00:00Z');
    const doc = await letter();
    const result = await convert(annual.id, '2026-12-08', '2026-12-09', [doc]);

    expect(result.daysBack).toBe(2);
    expect(result.sick).toMatchObject({ typeCode: 'CS', status: 'APPROVED', start: '2026-12-08', end: '2026-12-09', days: 2, documentCount: 1, missingDocument: null });
    expect(result.annual).toMatchObject({ status: 'APPROVED', start: '2026-12-07', end: '2026-12-11', days: 3 });
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 3, reserved: 0 });
    const row = await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: annual.id } });
    expect(readStoredDetail(row.detail)).toMatchObject({
      charged: [{ year: 2026, days: 3 }],
      convertedToSick: [{ requestId: result.sick.id, ref: result.sick.ref, days: 2, charged: [{ year: 2026, days: 2 }] }],
    });
    const sickRow = await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: result.sick.id } });
    expect(readStoredDetail(sickRow.detail).convertsRequestId).toBe(annual.id);
    expect(await db.prisma.leaveDocument.findUniqueOrThrow({ where: { id: doc } })).toMatchObject({ requestId: result.sick.id });
    expect(await db.prisma.leaveBalanceMove.findFirst({ where: { reason: 'sick_conversion' } })).toMatchObject({ kind: 'returnUsed', days: 2, year: 2026, requestId: annual.id });
    expect(await db.prisma.auditLog.findFirst({ where: { action: 'leave.converted_to_sick' } })).toMatchObject({ actorId: world.employee.id, entityId: String(annual.id) });
    expect(await db.prisma.auditLog.findFirst({ where: { action: 'leave.sick_from_annual' } })).toMatchObject({ entityId: String(result.sick.id) });

    const told = (await outboxFor(db, world.supervisor.id)).at(-1);
    expect(told).toEqual({
      kind: 'text',
      text: `🤒 ${world.employee.name} sakit saat cuti tahunan ${annual.ref}: 8-9 Des 2026 kini cuti sakit ${result.sick.ref} (2 hari, dengan surat dokter), dilaporkan oleh ${world.employee.name}. 2 hari kembali ke cuti tahunannya.`,
    });
    expect(JSON.stringify(await outboxFor(db, world.hr.id))).toContain(result.sick.ref);
    // The annual leave's letter is replaced with its new count.
    expect((await outboxFor(db, world.employee.id)).at(-1)).toMatchObject({ kind: 'document', fileName: `surat-izin-cuti-${annual.ref}-v2.pdf` });
  });

  it('tells the employee when HR reports it, and an early return afterwards counts only the annual days left', async () => {
    const annual = await granted();
    world.clock.set('2026-12-10T03:00:00Z');
    await convert(annual.id, '2026-12-08', '2026-12-09', [await letter()], { type: 'HR_TOKEN', employeeId: world.hr.id, name: world.hr.name });
    expect(JSON.stringify(await outboxFor(db, world.employee.id))).toContain('dicatat sebagai cuti sakit');

    // Back on Thu 10 Dec while the sick days lie before it: the 7th stays annual leave, the 10th and 11th come back.
    expect(await codeOf(inTx(db, (tx) => returnToWork(tx, world.deps, { requestId: annual.id, returnDay: '2026-12-09', actor: actorOf(world.employee) })))).toBe('leave.return_day_outside');
    const back = await inTx(db, (tx) => returnToWork(tx, world.deps, { requestId: annual.id, returnDay: '2026-12-10', actor: actorOf(world.employee) }));
    expect(back.daysBack).toBe(2);
    expect(back.request).toMatchObject({ end: '2026-12-09', days: 1 });
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 1 });
  });

  it('refuses what is not granted annual leave, days outside it or not begun, twice the same days and no letter, changing nothing', async () => {
    const annual = await granted();
    const doc = await letter();
    expect(await codeOf(convert(annual.id, '2026-12-07', '2026-12-07', [doc]))).toBe('leave.convert_not_begun');
    world.clock.set('2026-12-09T03:00:00Z');
    expect(await codeOf(convert(annual.id, '2026-12-04', '2026-12-07', [doc]))).toBe('leave.convert_outside');
    expect(await codeOf(convert(annual.id, '2026-12-08', '2026-12-08', []))).toBe('leave.convert_letter_required');
    await convert(annual.id, '2026-12-08', '2026-12-08', [doc]);
    expect(await codeOf(convert(annual.id, '2026-12-08', '2026-12-09', [await letter()]))).toBe('leave.convert_overlap');
    const pending = await submit(db, world.deps, ctRequest(world.employee, { start: '2026-12-21', end: '2026-12-22' }));
    world.clock.set('2026-12-21T03:00:00Z');
    expect(await codeOf(convert(pending.id, '2026-12-21', '2026-12-21', [await letter()]))).toBe('leave.convert_not_granted_annual');
    // Reported more than the policy's 3 backdating days after the last sick day.
    expect(await codeOf(convert(annual.id, '2026-12-10', '2026-12-10', [await letter()]))).toBe('leave.convert_too_late');
    expect(await balanceOf(db, world.employee.id)).toMatchObject({ used: 4, reserved: 2 });
    expect(await db.prisma.leaveRequest.count({ where: { typeCode: 'CS' } })).toBe(1);
  });

  it('refuses a colleague who is neither HR nor the supervisor', async () => {
    const annual = await granted();
    world.clock.set('2026-12-08T03:00:00Z');
    expect(await codeOf(convert(annual.id, '2026-12-08', '2026-12-08', [await letter()], actorOf(world.pppk)))).toBe('leave.proxy_not_allowed');
  });
});
