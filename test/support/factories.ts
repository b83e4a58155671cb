import type { Actor } from '../../src/chat/actor';
import { actsForOthers } from '../../src/services/employees/find-proxy-subjects';
import { isApprover } from '../../src/services/employees/is-approver';
import type { ChannelName } from '../../src/chat/channel-name';
import type { Database } from '../../src/store/database';
import type { AdminActor } from '../../src/services/admin/admin-actor';
import { ALL_ADMIN_SCOPES, type AdminScope } from '../../src/services/admin/admin-scopes';
import { createAdminToken, type CreatedAdminToken } from '../../src/services/admin/create-admin-token';

/** A verified chat identity of the employee with `nip` on `channel` (as if linked earlier). */
export async function linkIdentity(db: Database, channel: ChannelName, externalId: string, nip: string): Promise<number> {
  const employee = await db.prisma.employee.findUniqueOrThrow({ where: { nip }, select: { id: true } });
  const identity = await db.prisma.chatIdentity.upsert({
    where: { channel_externalId: { channel, externalId } },
    create: { channel, externalId, employeeId: employee.id, verifiedAt: new Date('2026-11-01T00:00:00Z') },
    update: { employeeId: employee.id, verifiedAt: new Date('2026-11-01T00:00:00Z') },
  });
  return identity.id;
}

/** Demo people by role, for tests that need "an employee", "their supervisor", "HR". */
export async function demoPeople(db: Database) {
  const all = await db.prisma.employee.findMany({
    select: { id: true, nip: true, name: true, role: true, kind: true, supervisorId: true, unitId: true, birthDate: true },
    orderBy: { id: 'asc' },
  });
  const chief = all.find((e) => e.supervisorId === null)!;
  const staff = all.filter((e) => e.supervisorId !== null && e.supervisorId !== chief.id && e.role === 'EMPLOYEE');
  const employee = staff.find((e) => e.kind === 'PNS')!;
  const supervisor = all.find((e) => e.id === employee.supervisorId)!;
  const hr = all.find((e) => e.role === 'HR')!;
  const pppk = staff.find((e) => e.kind === 'PPPK')!;
  return { all, chief, employee, supervisor, hr, pppk };
}

/** The Actor the engine would build for `employeeId` speaking through `identityId`, its standing asked of the services. */
export async function actorOf(db: Database, employeeId: number, identityId: number): Promise<Actor> {
  const e = await db.prisma.employee.findUniqueOrThrow({
    where: { id: employeeId },
    select: {
      id: true, nip: true, name: true, role: true, kind: true, gender: true, serviceStart: true, unitId: true,
      contractStart: true, contractEnd: true, phone: true, hardToReach: true, unit: { select: { hardToReach: true } },
    },
  });
  return {
    employeeId: e.id,
    nip: e.nip,
    name: e.name,
    role: e.role,
    identityId,
    kind: e.kind,
    gender: e.gender,
    serviceStart: e.serviceStart,
    contractStart: e.contractStart,
    contractEnd: e.contractEnd,
    hardToReach: e.hardToReach || e.unit.hardToReach,
    phone: e.phone,
    unitId: e.unitId,
    approver: await isApprover(db.prisma, employeeId),
    proxy: await actsForOthers(db.prisma, employeeId),
  };
}

/** An HR officer calling the admin API (the owner of a token with every scope), for service tests. */
export function makeAdminActor(overrides: Partial<AdminActor> = {}): AdminActor {
  return {
    tokenId: 1,
    employeeId: 1,
    name: 'Rina (BKPSDM)',
    nip: '198503152010012003',
    scopes: ALL_ADMIN_SCOPES,
    expiresAt: new Date('2027-03-01T00:00:00Z'),
    ...overrides,
  };
}

/** An active HR employee to own admin tokens: the first in the database, or one made (with its unit) in an empty one. */
export async function hrEmployee(db: Database): Promise<{ id: number; nip: string; name: string }> {
  const select = { id: true, nip: true, name: true } as const;
  const found = await db.prisma.employee.findFirst({ where: { role: 'HR', active: true }, select, orderBy: { id: 'asc' } });
  if (found) return found;
  const unit = await db.prisma.orgUnit.upsert({ where: { code: 'BKPSDM' }, create: { code: 'BKPSDM', name: 'BKPSDM' }, update: {}, select: { id: true } });
  return db.prisma.employee.create({
    data: {
      nip: '198503152010012003', name: 'Rina Marlina', kind: 'PNS', rank: 'III/c', position: 'Analis SDM', unitId: unit.id,
      role: 'HR', serviceStart: '2010-01-01', birthDate: '1985-03-15', gender: 'F',
    },
    select,
  });
}

/** A real admin token owned by an HR employee (`hrEmployee` unless `nip`), every scope unless `scopes`, 90 days unless `days`. */
export async function makeAdminToken(
  db: Database,
  options: { now: Date; nip?: string; scopes?: readonly AdminScope[]; days?: number; name?: string },
): Promise<CreatedAdminToken> {
  const nip = options.nip ?? (await hrEmployee(db)).nip;
  return db.prisma.$transaction((tx) =>
    createAdminToken(tx, {
      ownerNip: nip,
      scopes: options.scopes ?? ALL_ADMIN_SCOPES,
      days: options.days ?? 90,
      now: options.now,
      createdBy: 'test',
      ...(options.name ? { name: options.name } : {}),
    }),
  );
}
