import type { IsoDay } from '../../domain/day';
import { type EmployeeKind, supervisesLeaveOf } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { unitSubtree } from '../admin/unit-subtree';

/** An employee someone may submit and cancel leave for, as the chat lists them. */
export interface ProxySubject {
  id: number;
  nip: string;
  name: string;
  position: string;
  unit: string;
  /** The facts that decide which questions a leave request asks. */
  kind: EmployeeKind;
  gender: 'M' | 'F';
  serviceStart: IsoDay;
  /** Has a verified chat (so the service's notice reaches them). */
  linked: boolean;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());

function matchOf(query: { q?: string; id?: number }) {
  if (query.id !== undefined) return { id: query.id };
  const q = query.q?.trim() ?? '';
  const digits = q.replace(/\s/g, '');
  if (/^\d+$/.test(digits)) return { nip: { contains: digits } };
  return { OR: [...new Set([q, q.toLowerCase(), q.toUpperCase(), titleCase(q)])].map((name) => ({ name: { contains: name } })) };
}

/**
 * Whether the employee acts for others in chat at all: an active HR officer,
 * the supervisor on record of someone active, or the head of a unit (the
 * menu offers "untuk pegawai" only to them).
 */
export async function actsForOthers(tx: Tx, employeeId: number): Promise<boolean> {
  const found = await tx.employee.findFirst({
    where: { id: employeeId, active: true, OR: [{ role: 'HR' }, { headOf: { isNot: null } }, { subordinates: { some: { active: true } } }] },
    select: { id: true },
  });
  return found !== null;
}

/**
 * The active employees `actorId` may act for, matching part of a NIP (digits)
 * or of a name, or the one with `id` (to check a pick again), by name: anyone
 * but themselves for an HR officer; for anyone else those whose leave they
 * oversee (supervisesLeaveOf, the rule submitLeave and cancelLeave enforce).
 */
export async function findProxySubjects(tx: Tx, input: { actorId: number; q?: string; id?: number; limit?: number }): Promise<ProxySubject[]> {
  const limit = input.limit ?? 8;
  const actor = await tx.employee.findUnique({ where: { id: input.actorId }, select: { role: true, active: true } });
  if (!actor?.active) return [];
  const hr = actor.role === 'HR';
  const units = hr ? [] : await tx.orgUnit.findMany({ select: { id: true, parentId: true, headId: true } });
  const headed = units.filter((u) => u.headId === input.actorId).flatMap((u) => unitSubtree(units, u.id));
  const rows = await tx.employee.findMany({
    where: {
      AND: [matchOf(input), ...(hr ? [] : [{ OR: [{ supervisorId: input.actorId }, { unitId: { in: headed } }] }])],
      active: true,
      NOT: { id: input.actorId },
    },
    select: {
      id: true, nip: true, name: true, position: true, supervisorId: true, unitId: true, kind: true, gender: true, serviceStart: true,
      unit: { select: { name: true } },
      identities: { where: { verifiedAt: { not: null } }, select: { id: true }, take: 1 },
    },
    orderBy: [{ name: 'asc' }, { nip: 'asc' }],
    take: hr ? limit : limit * 4,
  });
  return rows
    .filter((e) => hr || supervisesLeaveOf(input.actorId, e, units))
    .slice(0, limit)
    .map((e) => ({
      id: e.id, nip: e.nip, name: e.name, position: e.position, unit: e.unit.name,
      kind: e.kind, gender: e.gender, serviceStart: e.serviceStart, linked: e.identities.length > 0,
    }));
}
