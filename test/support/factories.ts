import type { Actor } from '../../src/chat/actor';
import type { ChannelName } from '../../src/chat/channel-name';
import type { Database } from '../../src/store/database';

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

/** The Actor the engine would build for `employeeId` speaking through `identityId`. */
export async function actorOf(db: Database, employeeId: number, identityId: number): Promise<Actor> {
  const e = await db.prisma.employee.findUniqueOrThrow({
    where: { id: employeeId },
    select: { id: true, nip: true, name: true, role: true, kind: true, gender: true, serviceStart: true },
  });
  return { employeeId: e.id, nip: e.nip, name: e.name, role: e.role, identityId, kind: e.kind, gender: e.gender, serviceStart: e.serviceStart };
}
