import type { Tx } from '../../store/database';

export interface EmployeeQuery {
  /** Digits: part of a NIP; otherwise part of the name (any case). */
  q?: string;
  unitCode?: string;
  /** Only employees of these units (a supervisor's console). */
  unitIds?: readonly number[];
  active?: boolean;
  page: number;
  pageSize: number;
}

export interface EmployeeListItem {
  nip: string;
  name: string;
  kind: string;
  position: string;
  unit: { code: string; name: string };
  active: boolean;
  linked: boolean;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());

/** The spellings a name part is searched in: LIKE is case-sensitive on PostgreSQL, and mode: 'insensitive' is not portable. */
function nameVariants(part: string): string[] {
  return [...new Set([part, part.toLowerCase(), part.toUpperCase(), titleCase(part)])];
}

function whereOf(query: EmployeeQuery) {
  const q = query.q?.trim();
  return {
    ...(query.unitCode ? { unit: { code: query.unitCode } } : {}),
    ...(query.unitIds ? { unitId: { in: [...query.unitIds] } } : {}),
    ...(query.active !== undefined ? { active: query.active } : {}),
    ...(q
      ? /^\d+$/.test(q)
        ? { nip: { contains: q } }
        : { OR: nameVariants(q).map((name) => ({ name: { contains: name } })) }
      : {}),
  };
}

/** HR's employee lookup: by NIP or name part, unit and status, a page at a time, by name. */
export async function findEmployees(tx: Tx, query: EmployeeQuery): Promise<{ total: number; items: EmployeeListItem[] }> {
  const where = whereOf(query);
  const total = await tx.employee.count({ where });
  const rows = await tx.employee.findMany({
    where,
    orderBy: [{ name: 'asc' }, { nip: 'asc' }],
    skip: (query.page - 1) * query.pageSize,
    take: query.pageSize,
    select: {
      nip: true,
      name: true,
      kind: true,
      position: true,
      active: true,
      unit: { select: { code: true, name: true } },
      identities: { where: { verifiedAt: { not: null } }, select: { id: true }, take: 1 },
    },
  });
  return { total, items: rows.map(({ identities, ...e }) => ({ ...e, linked: identities.length > 0 })) };
}
