import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

/**
 * An approver's decision's fixed reads (src/store/dialect/fixed-reads.ts: the
 * step behind the button, the decider, the request with its steps, the
 * requester, whether someone approves or decides for others, the chats to
 * tell, the request a letter states) must give what the Prisma queries they
 * replace give for the same rows, in each database: nulls, times, flags,
 * JSON and enums as Prisma types them, and the same rows left out.
 */
describe.each(testProviders)('the decision fixed reads on %s', (provider) => {
  let db: TestDatabase;
  const people: Record<'owner' | 'boss' | 'delegate' | 'lonely' | 'waiting' | 'head' | 'official' | 'nobody' | 'gone', number> = {
    owner: 0, boss: 0, delegate: 0, lonely: 0, waiting: 0, head: 0, official: 0, nobody: 0, gone: 0,
  };
  const requests: Record<'decided' | 'other' | 'bare', number> = { decided: 0, other: 0, bare: 0 };

  beforeAll(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(new Date('2026-12-01T02:00:00Z')));
    const plain = await db.prisma.orgUnit.create({ data: { code: 'DR-1', name: 'Bagian Putus' } });
    const far = await db.prisma.orgUnit.create({ data: { code: 'DR-2', name: 'Pulau Jauh', hardToReach: true, parentId: plain.id } });
    let n = 0;
    const person = (name: string, data: object = {}) =>
      db.prisma.employee.create({
        data: {
          nip: `1990010120260140${(n += 1).toString().padStart(2, '0')}`, name, kind: 'PNS', rank: 'III/a', position: 'Staf', unitId: plain.id,
          serviceStart: '2020-01-01', birthDate: '1990-01-01', gender: 'M', ...data,
        },
      });
    people.boss = (await person('Atasan Putus', { language: 'en' })).id;
    people.owner = (await person('Pemohon', {
      unitId: far.id, kind: 'PPPK', gender: 'F', contractStart: '2024-01-01', contractEnd: '2028-12-31', supervisorId: people.boss,
    })).id;
    people.delegate = (await person('Wakil')).id;
    people.lonely = (await person('Atasan Sepi')).id;
    people.waiting = (await person('Penunggu')).id;
    people.head = (await person('Kepala', { hardToReach: true })).id;
    people.official = (await person('Pejabat')).id;
    people.nobody = (await person('Biasa')).id;
    people.gone = (await person('Pensiun', { active: false, supervisorId: people.lonely, language: 'en' })).id;
    await db.prisma.orgUnit.update({ where: { id: plain.id }, data: { headId: people.head } });
    await db.prisma.unitOfficial.create({ data: { unitId: far.id, typeCode: 'CT', officialId: people.official, updatedBy: 't' } });

    const request = (ref: string, employeeId: number, extra: object = {}) =>
      db.prisma.leaveRequest.create({
        data: {
          ref, employeeId, typeCode: 'CT', startDate: '2026-12-14', endDate: '2026-12-15', days: 2, reason: 'Keluarga', address: 'Serang',
          submittedById: employeeId, ...extra,
        },
      });
    requests.decided = (await request('CT-DR-1', people.owner, {
      currentStep: 2, version: 3, status: 'PENDING', detail: { travelDays: 1, requested: { start: '2026-12-13', end: '2026-12-15' } },
    })).id;
    requests.other = (await request('CT-DR-2', people.gone, { halfDay: 'AFTERNOON', days: 0.5, status: 'APPROVED', decidedAt: new Date('2026-11-30T01:00:00.250Z') })).id;
    requests.bare = (await request('CT-DR-3', people.nobody, { status: 'CANCELLED' })).id;
    // Steps created out of order and another request's between them, so a read that forgets its ORDER BY or its request shows it.
    const step = (requestId: number, order: number, token: string, data: object) =>
      db.prisma.approvalStep.create({ data: { requestId, order, token, role: 'SUPERVISOR', approverId: people.boss, ...data } });
    await step(requests.decided, 3, 'dr-3', { role: 'OFFICIAL', approverId: people.nobody, status: 'WAITING' });
    await step(requests.other, 1, 'dr-other', { approverId: people.waiting, delegateId: people.delegate, status: 'PENDING' });
    await step(requests.decided, 1, 'dr-1', {
      status: 'DECIDED', decision: 'CHANGE', note: 'geser', decidedById: people.delegate, decidedAt: new Date('2026-11-28T03:04:05.678Z'),
      changedStart: '2026-12-15', changedEnd: '2026-12-16', activatedAt: new Date('2026-11-27T00:00:00Z'),
    });
    await step(requests.decided, 2, 'dr-2', { approverId: people.official, delegateId: people.waiting, status: 'PENDING' });
    await step(requests.other, 2, 'dr-skip', { approverId: people.waiting, status: 'SKIPPED' });
    for (const requestId of [requests.decided, requests.decided, requests.other]) {
      await db.prisma.leaveDocument.create({
        data: { requestId, employeeId: people.owner, kind: 'SURAT', fileName: 'a.pdf', mimeType: 'application/pdf', size: 1, sha256: 'x', content: Buffer.from('x') },
      });
    }

    const identity = (channel: 'TELEGRAM' | 'WHATSAPP' | 'LOCAL', externalId: string, employeeId: number | null, verifiedAt: string | null, unreachableAt: string | null = null) =>
      db.prisma.chatIdentity.create({
        data: { channel, externalId, employeeId, verifiedAt: verifiedAt && new Date(verifiedAt), unreachableAt: unreachableAt && new Date(unreachableAt) },
      });
    // Two verified at the same instant (the higher id first), one unverified, one unreachable, a left employee's, one without an employee.
    await identity('TELEGRAM', 'dr-tg-old', people.owner, '2026-10-01T00:00:00.100Z');
    await identity('WHATSAPP', 'dr-wa-tie-1', people.owner, '2026-11-01T00:00:00.500Z');
    await identity('TELEGRAM', 'dr-tg-tie-2', people.owner, '2026-11-01T00:00:00.500Z');
    await identity('WHATSAPP', 'dr-wa-new', people.owner, null);
    await identity('TELEGRAM', 'dr-tg-dead', people.boss, '2026-11-20T00:00:00Z', '2026-11-21T00:00:00Z');
    await identity('WHATSAPP', 'dr-wa-boss', people.boss, '2026-09-01T00:00:00Z');
    await identity('TELEGRAM', 'dr-tg-gone', people.gone, '2026-11-25T00:00:00Z');
    await identity('LOCAL', 'dr-local', null, '2026-11-25T00:00:00Z');
  });
  afterAll(async () => {
    await db.drop();
  });

  const reads = () => db.dialect.reads;
  const everyone = () => Object.values(people);
  const missing = () => Math.max(...everyone()) + 1000;

  it('reads the step behind a button with its decider’s name and its request as Prisma does', async () => {
    const prismaStep = (token: string) =>
      db.prisma.approvalStep.findUnique({
        where: { token },
        select: {
          id: true, token: true, order: true, role: true, approverId: true, delegateId: true, status: true, decidedAt: true,
          decidedBy: { select: { name: true } },
          request: { select: { id: true, ref: true, employeeId: true, typeCode: true, status: true, currentStep: true, version: true } },
        },
      });
    const tokens = ['dr-1', 'dr-2', 'dr-3', 'dr-other', 'dr-none'];
    const expected = await Promise.all(tokens.map(prismaStep));
    expect(expected[0]).toMatchObject({ decidedBy: { name: 'Wakil' }, decidedAt: new Date('2026-11-28T03:04:05.678Z'), request: { ref: 'CT-DR-1', version: 3, currentStep: 2 } });
    expect(expected[1]).toMatchObject({ decidedBy: null, decidedAt: null, delegateId: people.waiting });
    expect(expected[4]).toBeNull();
    const got = await db.prisma.$transaction(async (tx) => {
      const rows = [];
      for (const token of tokens) rows.push(await reads().decisionStep(tx, token));
      return rows;
    });
    expect(got).toEqual(expected);
    expect(got[0]!.decidedAt).toBeInstanceOf(Date);
  });

  it('reads an employee’s name, language, active flag and unit as Prisma does', async () => {
    const ids = [people.boss, people.gone, people.owner, missing()];
    const expected = await Promise.all(
      ids.map((id) => db.prisma.employee.findUnique({ where: { id }, select: { id: true, name: true, language: true, active: true, unitId: true } })),
    );
    expect(expected.map((e) => e?.active ?? null)).toEqual([true, false, true, null]);
    expect(await Promise.all(ids.map((id) => reads().employeeBrief(db.prisma, id)))).toEqual(expected);
  });

  it('reads an employee as the leave rules see them, with the unit’s hardToReach, as Prisma does', async () => {
    const prismaEmployee = async (id: number) => {
      const row = await db.prisma.employee.findUnique({
        where: { id },
        select: {
          id: true, name: true, nip: true, kind: true, serviceStart: true, contractEnd: true, contractStart: true, gender: true,
          supervisorId: true, unitId: true, language: true, active: true, hardToReach: true,
          unit: { select: { hardToReach: true } },
        },
      });
      if (!row) return null;
      const { unit, ...rest } = row;
      return { ...rest, unitHardToReach: unit.hardToReach };
    };
    const ids = [people.owner, people.head, people.gone, people.nobody, missing()];
    const expected = await Promise.all(ids.map(prismaEmployee));
    expect(expected.slice(0, 4).map((e) => [e!.hardToReach, e!.unitHardToReach, e!.active])).toEqual([
      [false, true, true],
      [true, false, true],
      [false, false, false],
      [false, false, true],
    ]);
    expect(expected[0]).toMatchObject({ kind: 'PPPK', gender: 'F', contractStart: '2024-01-01', contractEnd: '2028-12-31', supervisorId: people.boss });
    expect(expected[4]).toBeNull();
    const got = await db.prisma.$transaction(async (tx) => {
      const rows = [];
      for (const id of ids) rows.push(await reads().leaveEmployee(tx, id));
      return rows;
    });
    expect(got).toEqual(expected);
  });

  it('reads a request with its own steps in order as Prisma does', async () => {
    const prismaRequest = (id: number) =>
      db.prisma.leaveRequest.findUnique({
        where: { id },
        select: {
          id: true, ref: true, employeeId: true, typeCode: true, status: true, currentStep: true, startDate: true, endDate: true,
          halfDay: true, days: true, detail: true, version: true,
          steps: {
            orderBy: { order: 'asc' },
            select: {
              id: true, order: true, role: true, token: true, approverId: true, delegateId: true, status: true, decision: true,
              changedStart: true, changedEnd: true,
            },
          },
        },
      });
    const ids = [requests.decided, requests.other, requests.bare, requests.bare + 1000];
    const expected = await Promise.all(ids.map(prismaRequest));
    expect(expected[0]!.steps.map((s) => s.token)).toEqual(['dr-1', 'dr-2', 'dr-3']);
    expect(expected[0]!.detail).toEqual({ travelDays: 1, requested: { start: '2026-12-13', end: '2026-12-15' } });
    expect(expected[1]!.steps.map((s) => s.token)).toEqual(['dr-other', 'dr-skip']);
    expect(expected[2]).toMatchObject({ steps: [], detail: null, halfDay: null });
    expect(expected[3]).toBeNull();
    const got = await db.prisma.$transaction(async (tx) => {
      const rows = [];
      for (const id of ids) rows.push(await reads().requestForDecision(tx, id));
      return rows;
    });
    expect(got).toEqual(expected);
  });

  it('tells approvers and those deciding for others as the Prisma relation filters do', async () => {
    const pending = { some: { status: 'PENDING' as const } };
    const prismaApprover = async (id: number) =>
      (await db.prisma.employee.findFirst({
        where: { id, OR: [{ subordinates: { some: { active: true } } }, { stepsToDecide: pending }, { stepsDelegated: pending }] },
        select: { id: true },
      })) !== null;
    const prismaDecides = async (id: number) =>
      (await db.prisma.employee.findFirst({ where: { id, OR: [{ headOf: { isNot: null } }, { officialFor: { some: {} } }] }, select: { id: true } })) !== null ||
      prismaApprover(id);
    const ids = [...everyone(), missing()];
    const approvers = await Promise.all(ids.map(prismaApprover));
    const deciders = await Promise.all(ids.map(prismaDecides));
    const named = (flags: boolean[]) => Object.keys(people).filter((_, i) => flags[i]);
    // The boss supervises someone active; the delegate, the waiting one and the official have a step pending (as delegate or approver);
    // the lonely supervisor's only subordinate left, a WAITING step (nobody's) or a decided one (the delegate's other) does not count.
    expect(named(approvers)).toEqual(['boss', 'delegate', 'waiting', 'official']);
    expect(named(deciders)).toEqual(['boss', 'delegate', 'waiting', 'head', 'official']);
    expect(approvers.at(-1)).toBe(false);
    const got = await db.prisma.$transaction(async (tx) => {
      const rows: Array<[boolean, boolean]> = [];
      for (const id of ids) rows.push([await reads().isApprover(tx, id), await reads().decidesForOthers(tx, id)]);
      return rows;
    });
    expect(got).toEqual(ids.map((_, i) => [approvers[i], deciders[i]]));
  });

  it('reads the verified, reachable chats of active employees, newest verified first, as Prisma does', async () => {
    const prismaChats = async (ids: number[]) => {
      const rows = await db.prisma.chatIdentity.findMany({
        where: { employeeId: { in: ids }, verifiedAt: { not: null }, unreachableAt: null, employee: { active: true } },
        select: { employeeId: true, channel: true, externalId: true, verifiedAt: true, id: true, employee: { select: { language: true } } },
        orderBy: [{ verifiedAt: 'desc' }, { id: 'desc' }],
      });
      return rows.map(({ employee, ...row }) => ({ ...row, language: employee!.language }));
    };
    const expected = await prismaChats(everyone());
    expect(expected.map((c) => c.externalId)).toEqual(['dr-tg-tie-2', 'dr-wa-tie-1', 'dr-tg-old', 'dr-wa-boss']);
    expect(expected.at(-1)).toMatchObject({ language: 'en', channel: 'WHATSAPP', employeeId: people.boss });
    const got = await db.prisma.$transaction((tx) => reads().employeeChats(tx, everyone()));
    expect(got).toEqual(expected);
    expect(got[0]!.verifiedAt).toBeInstanceOf(Date);
    // More ids than one statement takes (Prisma's own query fails on SQLite): the two employees fall in different slices,
    // and come back in the one order Prisma gives for them alone.
    const many = Array.from({ length: 1200 }, (_, i) => missing() + i);
    many[3] = people.boss;
    many[700] = people.owner;
    expect(await reads().employeeChats(db.prisma, many)).toEqual(await prismaChats([people.boss, people.owner]));
    expect(await reads().employeeChats(db.prisma, [people.gone, people.nobody])).toEqual([]);
  });

  it('reads the request a letter states, with its employee’s unit, and counts its documents, as Prisma does', async () => {
    const prismaLetter = async (id: number) => {
      const row = await db.prisma.leaveRequest.findUnique({
        where: { id },
        select: {
          id: true, ref: true, typeCode: true, status: true, startDate: true, endDate: true, days: true, version: true, employeeId: true,
          employee: { select: { unitId: true } },
        },
      });
      if (!row) return null;
      const { employee, ...rest } = row;
      return { ...rest, unitId: employee.unitId };
    };
    const ids = [requests.decided, requests.other, requests.bare + 1000];
    const expected = await Promise.all(ids.map(prismaLetter));
    expect(expected[1]).toMatchObject({ status: 'APPROVED', days: 0.5 });
    expect(await Promise.all(ids.map((id) => reads().letterRequest(db.prisma, id)))).toEqual(expected);
    for (const id of [requests.decided, requests.bare]) {
      const counted = (await reads().documentCounts(db.prisma, [id])).get(id) ?? 0;
      expect(counted).toBe(await db.prisma.leaveDocument.count({ where: { requestId: id } }));
    }
  });
  // Last: it adds steps and a delegation the reads above do not expect.
  it('reads the steps waiting for an approver, their delegate and whoever stands in, as Prisma does', async () => {
    const day = '2026-12-10';
    // The lonely approver stands in for the boss that day; a delegation that ended, and one to someone else, do not count.
    const delegation = (fromId: number, toId: number, startDate: string, endDate: string) =>
      db.prisma.delegation.create({ data: { fromId, toId, startDate, endDate, createdBy: 't' } });
    await delegation(people.boss, people.lonely, '2026-12-09', '2026-12-10');
    await delegation(people.official, people.lonely, '2026-12-01', '2026-12-09');
    await delegation(people.waiting, people.nobody, '2026-12-10', '2026-12-10');
    const pendingRequest = (ref: string, employeeId: number) =>
      db.prisma.leaveRequest.create({
        data: {
          ref, employeeId, typeCode: 'CT', startDate: '2026-12-21', endDate: '2026-12-22', days: 2, reason: 'Keluarga', address: 'Serang',
          submittedById: employeeId, status: 'PENDING', currentStep: 1,
        },
      });
    const mine = await pendingRequest('CT-WS-1', people.nobody);
    const lonelysOwn = await pendingRequest('CT-WS-2', people.lonely);
    const third = await pendingRequest('CT-WS-3', people.head);
    const step = (requestId: number, order: number, token: string, data: object) =>
      db.prisma.approvalStep.create({ data: { requestId, order, token, role: 'SUPERVISOR', approverId: people.boss, status: 'PENDING', ...data } });
    // Activated at different times, one never activated (each database orders that null its own way), one not the current step.
    await step(mine.id, 1, 'ws-late', { activatedAt: new Date('2026-12-09T05:00:00.500Z') });
    await step(mine.id, 2, 'ws-next', { approverId: people.lonely, status: 'WAITING' });
    await step(third.id, 1, 'ws-early', { activatedAt: new Date('2026-12-08T01:00:00Z'), delegateId: people.lonely });
    await step(third.id, 2, 'ws-null', { approverId: people.lonely });
    await step(lonelysOwn.id, 1, 'ws-own', { activatedAt: new Date('2026-12-07T00:00:00Z') });

    const prismaWaiting = async (employeeId: number) => {
      const standingInFor = (
        await db.prisma.delegation.findMany({ where: { startDate: { lte: day }, endDate: { gte: day } }, select: { fromId: true, toId: true } })
      ).filter((d) => d.toId === employeeId).map((d) => d.fromId);
      const steps = await db.prisma.approvalStep.findMany({
        where: {
          status: 'PENDING',
          request: { status: 'PENDING', employeeId: { not: employeeId } },
          OR: [{ approverId: employeeId }, { delegateId: employeeId }, ...(standingInFor.length ? [{ approverId: { in: standingInFor } }] : [])],
        },
        orderBy: [{ activatedAt: 'asc' }, { id: 'asc' }],
        take: 100,
        select: { token: true, order: true, activatedAt: true, createdAt: true, requestId: true, request: { select: { currentStep: true } } },
      });
      return steps.map(({ request, ...rest }) => ({ ...rest, currentStep: request.currentStep }));
    };
    const lonely = await prismaWaiting(people.lonely);
    expect(new Set(lonely.map((s) => s.token))).toEqual(new Set(['ws-late', 'ws-early', 'ws-null']));
    expect(lonely.find((s) => s.token === 'ws-null')).toMatchObject({ activatedAt: null, currentStep: 1, order: 2 });
    for (const id of [...everyone(), missing()]) {
      const got = await db.prisma.$transaction((tx) => reads().waitingSteps(tx, id, day));
      expect(got, `employee ${id}`).toEqual(await prismaWaiting(id));
    }
  });
});
