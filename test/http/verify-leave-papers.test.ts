import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/build-app';
import { verifyRoutes } from '../../src/http/routes/verify';
import { importHolidays } from '../../src/services/imports/holidays/import-holidays';
import { cancelLeave } from '../../src/services/leave/cancel-leave';
import { decideLeave } from '../../src/services/leave/decide-leave';
import { ensureLeaveForm } from '../../src/services/paperwork/ensure-leave-form';
import { makeAdminActor } from '../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';
import { actorOf, ctRequest, inTx, leaveWorld, setBalance, stepsOf, submit } from '../services/leave/leave-test-kit';

describe.each(testProviders)('/verify/:code for leave papers on %s', (provider) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof leaveWorld>>;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
    world = await leaveWorld(db);
    await setBalance(db, world.employee.id, 12);
    app = await buildApp({ db, routes: [verifyRoutes({ db })], rateLimits: false });
  });
  afterEach(async () => {
    await app.close();
    await db.drop();
  });

  async function grant() {
    const request = await submit(db, world.deps, ctRequest(world.employee));
    const token = (await stepsOf(db, request.id))[0]!.token;
    await inTx(db, (tx) => decideLeave(tx, world.deps, { stepToken: token, actorEmployeeId: world.supervisor.id, decision: 'APPROVE', channel: 'TELEGRAM' }));
    const letter = await db.prisma.leavePaper.findFirstOrThrow({ where: { requestId: request.id, kind: 'LETTER' } });
    return { request, letter };
  }
  const masked = () => world.employee.name.split(' ').map((w) => w[0] + w.slice(1).replace(/[A-Za-z0-9]/g, '*')).join(' ');
  const verify = (code: string, html = false) => app.inject({ method: 'GET', url: `/verify/${code}`, headers: html ? { accept: 'text/html' } : {} });

  it('answers current for a standing letter: which document, number, masked name, type, dates, decision', async () => {
    const { request, letter } = await grant();
    const response = await verify(letter.verificationCode.toLowerCase().replace(/-/g, ''));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      valid: true, verificationCode: letter.verificationCode, document: 'LETTER', number: '800.1.11.4/1/BKPSDM/2026', ref: request.ref,
      employee: { maskedName: masked() }, typeCode: 'CT', start: '2026-12-07', end: '2026-12-09', decision: 'APPROVED', standing: 'CURRENT', stands: true,
      message: `Kode ${letter.verificationCode} sah: surat izin cuti nomor 800.1.11.4/1/BKPSDM/2026 untuk ${masked()}, Cuti Tahunan 7-9 Des 2026, disetujui. Dokumen ini berlaku.`,
    });
    expect(response.body).not.toContain(world.employee.nip.slice(0, 8));
    expect(response.body).not.toContain(world.employee.name);
  });

  it('answers cancelled once the grant is cancelled, on the page too', async () => {
    const { request, letter } = await grant();
    await inTx(db, (tx) => cancelLeave(tx, world.deps, { requestId: request.id, actor: actorOf(world.employee) }));
    expect((await verify(letter.verificationCode)).json()).toMatchObject({ standing: 'CANCELLED', stands: false, decision: 'CANCELLED' });
    expect((await verify(letter.verificationCode)).json().message).toContain('Dokumen ini TIDAK BERLAKU LAGI: cuti dibatalkan pada 27 Nov 2026 10:00 WIB.');
    const page = await verify(letter.verificationCode, true);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<p class="bad">Dokumen ini TIDAK BERLAKU LAGI: cuti dibatalkan');
  });

  it('answers superseded for the old letter after a recount, current for the new one', async () => {
    const { request, letter } = await grant();
    await importHolidays(db, 'date,name,kind\n2026-12-08,Cuti bersama (tambahan),CUTI_BERSAMA', {
      year: 2026, prefillNational: false, dryRun: false, actor: makeAdminActor({ employeeId: world.hr.id }),
    });
    const fresh = await db.prisma.leavePaper.findFirstOrThrow({ where: { requestId: request.id, kind: 'LETTER', version: 2 } });
    expect((await verify(letter.verificationCode)).json()).toMatchObject({ standing: 'SUPERSEDED', stands: false });
    expect((await verify(letter.verificationCode)).json().message).toContain('diganti versi yang lebih baru');
    expect((await verify(fresh.verificationCode)).json()).toMatchObject({ standing: 'CURRENT', version: 2, number: letter.number });
  });

  it('answers superseded for a form printed before the request was decided', async () => {
    const request = await submit(db, world.deps, ctRequest(world.employee));
    const { paper } = await inTx(db, (tx) => ensureLeaveForm(tx, request.id, new Date()));
    expect((await verify(paper.verificationCode)).json()).toMatchObject({ document: 'FORM', standing: 'CURRENT', decision: 'PENDING' });
    const token = (await stepsOf(db, request.id))[0]!.token;
    await inTx(db, (tx) => decideLeave(tx, world.deps, { stepToken: token, actorEmployeeId: world.supervisor.id, decision: 'APPROVE', channel: 'TELEGRAM' }));
    expect((await verify(paper.verificationCode)).json()).toMatchObject({ document: 'FORM', standing: 'SUPERSEDED', decision: 'APPROVED' });
    const { paper: next } = await inTx(db, (tx) => ensureLeaveForm(tx, request.id, new Date()));
    expect(next.version).toBe(2);
    expect((await verify(next.verificationCode)).json()).toMatchObject({ standing: 'CURRENT' });
  });

  it('still answers not found for an unknown code', async () => {
    expect((await verify('ABCD-EFGH-JK')).statusCode).toBe(404);
  });
});
