import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { importHolidays } from '../../../src/services/imports/holidays/import-holidays';
import { cancelLeave } from '../../../src/services/leave/cancel-leave';
import type { DecideLeaveInput } from '../../../src/services/leave/contract';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { returnToWork } from '../../../src/services/leave/return-to-work';
import { renderLeavePaper } from '../../../src/services/paperwork/resolve-leave-paper';
import { pdfTexts } from '../../payslip/read-pdf';
import { makeAdminActor } from '../../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../../support/test-database';
import { actorOf, ctRequest, inTx, leaveWorld, outboxFor, setBalance, stepsOf, submit } from '../leave/leave-test-kit';

const config = { ...loadConfig({}), PUBLIC_URL: 'https://sapa.example.go.id' };

describe.each(testProviders)('Surat Izin Cuti on %s', (provider) => {
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

  async function granted(overrides = {}) {
    const request = await submit(db, world.deps, ctRequest(world.employee, overrides));
    const token = (await stepsOf(db, request.id))[0]!.token;
    await decide({ stepToken: token, actorEmployeeId: world.supervisor.id, decision: 'APPROVE' });
    return request;
  }

  const lettersOf = (requestId: number) =>
    db.prisma.leavePaper.findMany({ where: { requestId, kind: 'LETTER' }, orderBy: { version: 'asc' } });

  it('is issued, numbered and sent to the employee in the grant', async () => {
    const request = await granted();
    const [letter] = await lettersOf(request.id);
    expect(letter).toMatchObject({ status: 'CURRENT', version: 1, number: '800.1.11.4/1/BKPSDM/2026', numberScope: 'BKPSDM', numberYear: 2026, sequence: 1 });
    const sent = (await outboxFor(db, world.employee.id)).at(-1);
    expect(sent).toMatchObject({
      kind: 'document',
      mimeType: 'application/pdf',
      fileName: `surat-izin-cuti-${request.ref}.pdf`,
      caption: `Surat izin cuti Anda terlampir (${request.ref}, nomor 800.1.11.4/1/BKPSDM/2026).`,
      source: { type: 'leavePaper', paperId: letter!.id },
    });
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.letter_issued', entityId: String(request.id) } })).toBe(1);

    const pdf = await renderLeavePaper(db.prisma, config, letter!.id, new Date('2026-11-27T05:00:00Z'));
    const text = (await pdfTexts(pdf.content, '')).items.map((i) => i.text).join(' ');
    expect(text).toContain('SURAT IZIN CUTI TAHUNAN');
    expect(text).toContain('NOMOR: 800.1.11.4/1/BKPSDM/2026');
    expect(text).toContain(`: ${world.employee.name}`);
    expect(text).toContain('selama 3 hari kerja, terhitung mulai tanggal 7 Des 2026 sampai dengan tanggal 9 Des 2026');
    expect(text).toContain(`${world.supervisor.name} melalui Telegram`);
    expect(text).toContain(`Kode verifikasi: ${letter!.verificationCode}`);
    expect(text).toContain(`https://sapa.example.go.id/verify/${letter!.verificationCode}`);
  });

  it('is not issued when the request is rejected, or deferred by the official', async () => {
    const rejected = await submit(db, world.deps, ctRequest(world.employee));
    await decide({ stepToken: (await stepsOf(db, rejected.id))[0]!.token, actorEmployeeId: world.supervisor.id, decision: 'REJECT', note: 'Akhir tahun' });
    const deferred = await submit(db, world.deps, ctRequest(world.employee, { start: '2026-12-14', end: '2026-12-21' }));
    await decide({ stepToken: (await stepsOf(db, deferred.id))[0]!.token, actorEmployeeId: world.supervisor.id, decision: 'APPROVE' });
    await decide({ stepToken: (await stepsOf(db, deferred.id))[1]!.token, actorEmployeeId: world.chief.id, decision: 'DEFER', note: 'Kebutuhan dinas' });
    expect(await db.prisma.leavePaper.count()).toBe(0);
    expect(await db.prisma.letterCounter.count()).toBe(0);
  });

  it('stops standing when the grant is cancelled', async () => {
    const request = await granted();
    await inTx(db, (tx) => cancelLeave(tx, world.deps, { requestId: request.id, actor: actorOf(world.employee) }));
    const [letter] = await lettersOf(request.id);
    expect(letter).toMatchObject({ status: 'CANCELLED' });
    expect(letter!.endedAt).not.toBeNull();
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.letter_cancelled', entityId: String(request.id) } })).toBe(1);
  });

  it('is replaced by a new version with its own code when a holiday recount changes the days', async () => {
    const request = await granted();
    await importHolidays(db, 'date,name,kind\n2026-12-08,Cuti bersama (tambahan),CUTI_BERSAMA', {
      year: 2026, prefillNational: false, dryRun: false, actor: makeAdminActor({ employeeId: world.hr.id }),
    });
    const [old, fresh] = await lettersOf(request.id);
    expect(old).toMatchObject({ status: 'SUPERSEDED', version: 1 });
    expect(fresh).toMatchObject({ status: 'CURRENT', version: 2, number: old!.number });
    expect(fresh!.verificationCode).not.toBe(old!.verificationCode);
    expect(fresh!.facts).toMatchObject({ days: 2 });
    const sent = (await outboxFor(db, world.employee.id)).at(-1);
    expect(sent).toMatchObject({ kind: 'document', fileName: `surat-izin-cuti-${request.ref}-v2.pdf`, source: { type: 'leavePaper', paperId: fresh!.id } });
    expect(JSON.stringify(sent)).toContain('Surat izin cuti Anda yang baru terlampir');
    const pdf = await renderLeavePaper(db.prisma, config, fresh!.id, new Date('2026-11-27T05:00:00Z'));
    expect((await pdfTexts(pdf.content, '')).items.map((i) => i.text).join(' ')).toContain('selama 2 hari kerja');
  });

  it('is replaced by a shorter version when the employee returns early', async () => {
    const request = await granted();
    const later = { clock: fixedClock('2026-12-08T03:00:00Z') };
    await inTx(db, (tx) => returnToWork(tx, later, { requestId: request.id, returnDay: '2026-12-09', actor: actorOf(world.employee) }));
    const [old, fresh] = await lettersOf(request.id);
    expect(old).toMatchObject({ status: 'SUPERSEDED', version: 1 });
    expect(fresh).toMatchObject({ status: 'CURRENT', version: 2, number: old!.number });
    expect(fresh!.facts).toMatchObject({ start: '2026-12-07', end: '2026-12-08', days: 2 });
    expect(await db.prisma.auditLog.count({ where: { action: 'leave.letter_superseded', entityId: String(request.id) } })).toBe(1);
  });

  it('numbers concurrent grants uniquely, with no gap', async () => {
    const colleagues = world.all.filter((e) => e.supervisorId === world.supervisor.id && e.role === 'EMPLOYEE' && e.kind === 'PNS').slice(0, 6);
    expect(colleagues.length).toBeGreaterThanOrEqual(4);
    const tokens: string[] = [];
    for (const colleague of colleagues) {
      await setBalance(db, colleague.id, 12);
      const request = await submit(db, world.deps, ctRequest(colleague));
      tokens.push((await stepsOf(db, request.id))[0]!.token);
    }
    const results = await Promise.allSettled(tokens.map((stepToken) => decide({ stepToken, actorEmployeeId: world.supervisor.id, decision: 'APPROVE' })));
    expect(results.map((r) => r.status)).toEqual(tokens.map(() => 'fulfilled'));
    const letters = await db.prisma.leavePaper.findMany({ where: { kind: 'LETTER' }, select: { sequence: true, number: true } });
    expect(letters.map((l) => l.sequence).sort((a, b) => a! - b!)).toEqual(tokens.map((_, i) => i + 1));
    expect(new Set(letters.map((l) => l.number)).size).toBe(tokens.length);
    expect(await db.prisma.letterCounter.findFirst()).toMatchObject({ scope: 'BKPSDM', year: 2026, last: tokens.length });
  });
});
