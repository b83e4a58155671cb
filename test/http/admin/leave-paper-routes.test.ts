import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPublicRateLimits, publicLimitFor } from '../../../src/http/public-rate-limits';
import { unitSubtree } from '../../../src/services/admin/unit-subtree';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { pdfTexts } from '../../payslip/read-pdf';
import { demoPeople, makeAdminToken } from '../../support/factories';
import { testProviders } from '../../support/test-database';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

const textOf = async (pdf: Uint8Array) => (await pdfTexts(pdf, '')).items.map((i) => i.text).join(' ');

describe.each(testProviders)('admin leave papers: form, letter, month archive (%s)', (provider) => {
  let t: AdminTestApp;
  let people: Awaited<ReturnType<typeof demoPeople>>;

  beforeAll(async () => {
    t = await adminTestApp({ provider });
    people = await demoPeople(t.db);
  });
  afterAll(() => t.close());

  async function submit(start: string, end: string): Promise<{ ref: string; id: number }> {
    const response = await t.call('POST', '/admin/leave-requests', {
      body: { nip: people.employee.nip, type: 'CT', start, end, reason: 'Urusan keluarga di Bandung', address: 'Jl. Veteran No. 5, Serang' },
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  /** Every step approved, in order, by whoever it waits on. */
  async function grant(requestId: number): Promise<void> {
    for (;;) {
      const step = await t.db.prisma.approvalStep.findFirst({ where: { requestId, status: 'PENDING' }, select: { token: true, approverId: true } });
      if (!step) break;
      await t.db.prisma.$transaction((tx) =>
        decideLeave(tx, { clock: t.clock }, { stepToken: step.token, actorEmployeeId: step.approverId, decision: 'APPROVE', channel: 'TELEGRAM' }),
      );
    }
    expect((await t.db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('APPROVED');
  }

  it('gives the form of a pending request, and 404 for its letter until it is granted; then both, audited', async () => {
    const request = await submit('2026-12-14', '2026-12-15');
    const form = await t.call('GET', `/admin/leave-requests/${request.ref}/form.pdf`);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
    expect(form.headers['content-disposition']).toContain(`formulir-cuti-${request.ref}.pdf`);
    const formText = await textOf(form.rawPayload);
    expect(formText).toContain('FORMULIR PERMINTAAN DAN PEMBERIAN CUTI');
    expect(formText).toContain(people.employee.nip);

    const none = await t.call('GET', `/admin/leave-requests/${request.ref}/letter.pdf`);
    expect(none.statusCode).toBe(404);
    expect(none.json().code).toBe('paperwork.no_letter');

    await grant(request.id);
    const letter = await t.call('GET', `/admin/leave-requests/${request.id}/letter.pdf`);
    expect(letter.statusCode).toBe(200);
    const paper = await t.db.prisma.leavePaper.findFirstOrThrow({ where: { requestId: request.id, kind: 'LETTER' } });
    const letterText = await textOf(letter.rawPayload);
    expect(letterText).toContain('SURAT IZIN CUTI TAHUNAN');
    expect(letterText).toContain(paper.number!);
    expect(letterText).toContain(paper.verificationCode);

    // The form printed before the grant no longer states the request: a new version with its own code.
    const again = await t.call('GET', `/admin/leave-requests/${request.ref}/form.pdf?lang=en`);
    expect(again.statusCode).toBe(200);
    expect(again.headers['content-disposition']).toContain(`formulir-cuti-${request.ref}-v2.pdf`);
    expect(await textOf(again.rawPayload)).toContain('LEAVE REQUEST AND GRANT FORM');

    const reads = await t.db.prisma.auditLog.findMany({ where: { action: 'leave.paper_read', entityId: String(request.id) }, select: { actorType: true, actorId: true, data: true } });
    expect(reads.map((r) => [r.actorType, r.actorId, (r.data as { kind: string }).kind])).toEqual([
      ['HR_TOKEN', t.owner.id, 'FORM'],
      ['HR_TOKEN', t.owner.id, 'LETTER'],
      ['HR_TOKEN', t.owner.id, 'FORM'],
    ]);
  });

  it('refuses without a token (401), without the read scope (403), bad input (400), unknown requests (404)', async () => {
    const request = await submit('2026-12-21', '2026-12-21');
    expect((await t.app.inject({ method: 'GET', url: `/admin/leave-requests/${request.ref}/form.pdf` })).statusCode).toBe(401);
    const { token } = await makeAdminToken(t.db, { now: t.clock.now(), nip: t.owner.nip, scopes: ['leave'] });
    const scoped = await t.app.inject({ method: 'GET', url: `/admin/leave-requests/${request.ref}/letter.pdf`, headers: { authorization: `Bearer ${token}` } });
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json().code).toBe('forbidden.missing_scope');
    const badLang = await t.call('GET', `/admin/leave-requests/${request.ref}/form.pdf?lang=fr`);
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json().message).toContain('query.lang');
    expect((await t.call('GET', `/admin/leave-requests/${'X'.repeat(41)}/form.pdf`)).statusCode).toBe(400);
    expect((await t.call('GET', '/admin/leave-requests/CT-2026-999999/form.pdf')).statusCode).toBe(404);
    expect((await t.call('GET', '/admin/leave-requests/99999999/letter.pdf')).statusCode).toBe(404);
  });

  it('archives a month of an agency\'s letters as one ZIP with an index; bad input and other units refused', async () => {
    const granted = await submit('2027-01-11', '2027-01-12');
    await grant(granted.id);
    const root = await t.db.prisma.orgUnit.findFirstOrThrow({ where: { parentId: null }, select: { code: true } });
    const unit = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { unit: { select: { id: true, code: true } } } });
    const letters = await t.db.prisma.leavePaper.findMany({ where: { kind: 'LETTER' }, orderBy: { id: 'asc' }, include: { request: { select: { ref: true } } } });
    expect(letters.length).toBeGreaterThanOrEqual(2);

    const response = await t.call('GET', `/admin/papers/archive?month=2026-11&unit=${encodeURIComponent(root.code)}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(`surat-izin-cuti-${root.code}-2026-11.zip`);
    expect(response.headers['x-letter-count']).toBe(String(letters.length));
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const names = Object.keys(files);
    expect(names).toEqual([...letters.map((l) => `surat-izin-cuti-${l.request.ref}.pdf`), 'indeks.csv']);
    for (const letter of letters) {
      const text = await textOf(files[`surat-izin-cuti-${letter.request.ref}.pdf`]!);
      expect(text).toContain(letter.number!);
      expect(text).toContain(letter.verificationCode);
    }
    const index = new TextDecoder().decode(files['indeks.csv']!).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(index[0]).toBe('Berkas,Nomor surat,Versi,Status,Nomor pengajuan,NIP,Nama,Unit,Jenis cuti,Mulai,Sampai,Lama (hari),Diterbitkan,Kode verifikasi');
    expect(index.slice(1).map((line) => line.split(',').slice(0, 5))).toEqual(
      letters.map((l) => [`surat-izin-cuti-${l.request.ref}.pdf`, l.number, '1', 'berlaku', l.request.ref]),
    );
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'leave.letters_archived' }, select: { actorType: true, data: true } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', data: { unit: root.code, month: '2026-11', count: letters.length } });

    // The employee's own unit (and its sub-units) holds only its people's letters; another month holds none.
    const units = await t.db.prisma.orgUnit.findMany({ select: { id: true, parentId: true } });
    const inUnit = await t.db.prisma.leavePaper.count({ where: { kind: 'LETTER', request: { employee: { unitId: { in: unitSubtree(units, unit.unit.id) } } } } });
    expect(inUnit).toBeGreaterThanOrEqual(2);
    const own = await t.call('GET', `/admin/papers/archive?month=2026-11&unit=${encodeURIComponent(unit.unit.code)}`);
    expect(own.headers['x-letter-count']).toBe(String(inUnit));
    const empty = await t.call('GET', `/admin/papers/archive?month=2026-10&unit=${encodeURIComponent(root.code)}`);
    expect(empty.statusCode).toBe(200);
    expect(Object.keys(unzipSync(new Uint8Array(empty.rawPayload)))).toEqual(['indeks.csv']);

    const badMonth = await t.call('GET', `/admin/papers/archive?month=2026-13&unit=${root.code}`);
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json().message).toContain('query.month');
    expect((await t.call('GET', '/admin/papers/archive?month=2026-11')).statusCode).toBe(400);
    expect((await t.call('GET', '/admin/papers/archive?month=2026-11&unit=NOPE')).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/admin/papers/archive?month=2026-11&unit=${root.code}` })).statusCode).toBe(401);
    // Six archives a minute per address (the calls above count): at the latest the seventh more is refused.
    expect(publicLimitFor('/admin/papers/archive', defaultPublicRateLimits)).toEqual({ max: 6, timeWindowMs: 60_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await t.call('GET', `/admin/papers/archive?month=2026-10&unit=${root.code}`)).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });
});
