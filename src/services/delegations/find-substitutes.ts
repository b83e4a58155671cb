import type { Tx } from '../../store/database';
import { unitSubtree } from '../admin/unit-subtree';
import { agencyOfUnits } from '../worklist/agency-of';

export interface SubstituteCandidate {
  id: number;
  nip: string;
  name: string;
  position: string;
  unit: string;
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());

/** The units an approver may pick a substitute from: their agency (OPD) and every unit below it. */
async function unitTreeOf(tx: Tx, employeeId: number): Promise<number[]> {
  const me = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { unitId: true } });
  const units = await tx.orgUnit.findMany({ select: { id: true, parentId: true } });
  const withOfficials = new Set((await tx.unitOfficial.findMany({ select: { unitId: true }, distinct: ['unitId'] })).map((o) => o.unitId));
  const agency = agencyOfUnits(units, withOfficials).get(me.unitId) ?? me.unitId;
  return unitSubtree(units, agency);
}

/**
 * Who an approver may name as their substitute in chat: active colleagues in
 * their own agency's unit tree (never themselves), found by part of the NIP
 * (digits) or of the name; or the one with `id`, to check a pick again.
 */
export async function findSubstitutes(tx: Tx, input: { employeeId: number; query?: string; id?: number; limit?: number }): Promise<SubstituteCandidate[]> {
  const unitIds = await unitTreeOf(tx, input.employeeId);
  const q = input.query?.trim() ?? '';
  const match = input.id !== undefined
    ? { id: input.id }
    : /^\d+$/.test(q.replace(/\s/g, ''))
      ? { nip: { contains: q.replace(/\s/g, '') } }
      : { OR: [...new Set([q, q.toLowerCase(), q.toUpperCase(), titleCase(q)])].map((name) => ({ name: { contains: name } })) };
  const rows = await tx.employee.findMany({
    where: { ...match, active: true, unitId: { in: unitIds }, NOT: { id: input.employeeId } },
    select: { id: true, nip: true, name: true, position: true, unit: { select: { name: true } } },
    orderBy: [{ name: 'asc' }, { nip: 'asc' }],
    take: input.limit ?? 8,
  });
  return rows.map((r) => ({ ...r, unit: r.unit.name }));
}
