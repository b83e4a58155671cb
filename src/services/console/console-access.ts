import type { Tx } from '../../store/database';
import { unitSubtree } from '../admin/unit-subtree';

/** Who may use the HR console: HR officers (every unit) and supervisors (their own units). */
export type ConsoleRole = 'HR' | 'SUPERVISOR';

export interface ConsolePerson {
  id: number;
  name: string;
  nip: string;
  lang: 'id' | 'en';
  role: ConsoleRole;
}

/**
 * The console role an employee holds now, read from the database: HR for an
 * active HR officer, SUPERVISOR for an active head of a unit or supervisor of
 * someone active; null for anyone else (refused).
 */
export async function consolePersonOf(tx: Tx, employeeId: number): Promise<ConsolePerson | null> {
  const e = await tx.employee.findUnique({
    where: { id: employeeId },
    select: { id: true, name: true, nip: true, language: true, role: true, active: true, headOf: { select: { id: true } }, subordinates: { where: { active: true }, take: 1, select: { id: true } } },
  });
  if (!e?.active) return null;
  const role: ConsoleRole | null = e.role === 'HR' ? 'HR' : e.headOf || e.subordinates.length > 0 ? 'SUPERVISOR' : null;
  return role ? { id: e.id, name: e.name, nip: e.nip, lang: e.language === 'en' ? 'en' : 'id', role } : null;
}

/**
 * The units a supervisor sees in the console: the units they head (with every
 * unit below them) and the units of the people they supervise.
 */
export async function supervisedUnitIds(tx: Tx, employeeId: number): Promise<number[]> {
  const [units, headed, members] = await Promise.all([
    tx.orgUnit.findMany({ select: { id: true, parentId: true } }),
    tx.orgUnit.findMany({ where: { headId: employeeId }, select: { id: true } }),
    tx.employee.findMany({ where: { supervisorId: employeeId, active: true }, select: { unitId: true }, distinct: ['unitId'] }),
  ]);
  const ids = new Set<number>(members.map((m) => m.unitId));
  for (const unit of headed) for (const id of unitSubtree(units, unit.id)) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/** What a console page may show: every unit (HR), or the listed ones (a supervisor). */
export interface ConsoleScope {
  person: ConsolePerson;
  /** null: every unit. */
  unitIds: number[] | null;
}

export async function consoleScopeOf(tx: Tx, person: ConsolePerson): Promise<ConsoleScope> {
  return { person, unitIds: person.role === 'HR' ? null : await supervisedUnitIds(tx, person.id) };
}

/** The Prisma filter on an employee for the scope (undefined: no filter). */
export function employeeInScope(scope: ConsoleScope): { unitId: { in: number[] } } | undefined {
  return scope.unitIds === null ? undefined : { unitId: { in: scope.unitIds } };
}

/** The audit actor of a console action: the signed-in person, channel CONSOLE. */
export function consoleActor(person: Pick<ConsolePerson, 'id' | 'name'>) {
  return { actorType: 'EMPLOYEE' as const, actorId: person.id, actorName: person.name, channel: 'CONSOLE' };
}
