import type { Tx } from '../../store/database';

export interface EmployeeMatch {
  id: number;
  nip: string;
  name: string;
  kind: string;
  rank: string;
  position: string;
  unit: string;
  active: boolean;
  linkedChannels: string[];
}

/**
 * Employees whose NIP starts with the digits given, or whose name contains
 * every word given (case-insensitive), at most `limit`.
 */
export async function findEmployees(tx: Tx, query: string, limit = 8): Promise<EmployeeMatch[]> {
  const digits = query.replace(/\s/g, '');
  const select = {
    id: true,
    nip: true,
    name: true,
    kind: true,
    rank: true,
    position: true,
    active: true,
    unit: { select: { name: true } },
    identities: { where: { verifiedAt: { not: null } }, select: { channel: true } },
  } as const;
  let where: { nip: { startsWith: string } } | { id: { in: number[] } };
  if (/^\d{4,18}$/.test(digits)) {
    where = { nip: { startsWith: digits } };
  } else {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    const names = await tx.employee.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
    const ids = names.filter((e) => words.every((w) => e.name.toLowerCase().includes(w))).slice(0, limit).map((e) => e.id);
    where = { id: { in: ids } };
  }
  const rows = await tx.employee.findMany({ where, select, take: limit, orderBy: { name: 'asc' } });
  return rows.map((e) => ({
    id: e.id,
    nip: e.nip,
    name: e.name,
    kind: e.kind,
    rank: e.rank,
    position: e.position,
    unit: e.unit.name,
    active: e.active,
    linkedChannels: [...new Set(e.identities.map((i) => i.channel))],
  }));
}
