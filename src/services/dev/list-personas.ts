import type { Tx } from '../../store/database';

export interface Persona {
  nip: string;
  name: string;
  position: string;
  unit: string;
  kind: 'employee' | 'supervisor' | 'hr';
}

/**
 * Demo people to talk as in the local chat: staff, their supervisors and HR,
 * a few of each, chosen among the people the seed made up (flagged `demo`),
 * never real employees.
 */
export async function listPersonas(tx: Tx): Promise<Persona[]> {
  const people = await tx.employee.findMany({
    where: { active: true, demo: true },
    select: {
      nip: true,
      name: true,
      position: true,
      role: true,
      unit: { select: { name: true } },
      _count: { select: { subordinates: true } },
    },
    orderBy: { id: 'asc' },
    take: 500,
  });
  const kindOf = (p: (typeof people)[number]): Persona['kind'] =>
    p.role === 'HR' ? 'hr' : p._count.subordinates > 0 ? 'supervisor' : 'employee';
  const byKind = { employee: 6, supervisor: 4, hr: 2 } as const;
  const chosen: Persona[] = [];
  for (const kind of ['employee', 'supervisor', 'hr'] as const) {
    for (const p of people.filter((x) => kindOf(x) === kind).slice(0, byKind[kind])) {
      chosen.push({ nip: p.nip, name: p.name, position: p.position, unit: p.unit.name, kind });
    }
  }
  return chosen;
}
