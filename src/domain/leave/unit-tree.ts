/** An organisation unit as the approval rules see it. */
export interface UnitNode {
  readonly id: number;
  readonly parentId: number | null;
  readonly headId: number | null;
}

/**
 * The first head found from `unitId` upwards who is not one of `excluded`:
 * the unit's own head, else its parent's, and so on. Null at the top.
 * A broken tree (a cycle) ends the walk instead of looping.
 */
export function headAbove(units: readonly UnitNode[], unitId: number | null, excluded: readonly number[]): number | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<number>();
  for (let id = unitId; id !== null && !seen.has(id); ) {
    seen.add(id);
    const unit = byId.get(id);
    if (!unit) return null;
    if (unit.headId !== null && !excluded.includes(unit.headId)) return unit.headId;
    id = unit.parentId;
  }
  return null;
}

/**
 * The direct supervisor of an employee's leave request. A unit head's request
 * goes to the parent unit's head (RULES.md, Who decides, 7); anyone else's to
 * their supervisor on record, or failing that to their unit's head. Nobody is
 * their own approver: the walk skips them and goes up a level.
 */
export function directApprover(
  employee: { readonly id: number; readonly supervisorId?: number | null; readonly unitId: number },
  units: readonly UnitNode[],
): number | null {
  const unit = units.find((u) => u.id === employee.unitId);
  if (unit && unit.headId === employee.id) return headAbove(units, unit.parentId, [employee.id]);
  if (employee.supervisorId != null && employee.supervisorId !== employee.id) return employee.supervisorId;
  return headAbove(units, employee.unitId, [employee.id]);
}

/**
 * Whether `supervisorId` oversees the employee's leave: their supervisor on
 * record, or whoever decides it first (directApprover). The supervisor's
 * share of who may act for an employee (HR may act for everyone).
 */
export function supervisesLeaveOf(
  supervisorId: number,
  employee: { readonly id: number; readonly supervisorId?: number | null; readonly unitId: number },
  units: readonly UnitNode[],
): boolean {
  if (supervisorId === employee.id) return false;
  return employee.supervisorId === supervisorId || directApprover(employee, units) === supervisorId;
}

/**
 * Who a step waiting too long goes to: the next level up the unit tree from
 * its approver (their unit's head, or the parent unit's head when they head
 * it), else their supervisor on record. Never the requester or the approver.
 */
export function escalationTarget(
  approver: { readonly id: number; readonly supervisorId: number | null; readonly unitId: number },
  units: readonly UnitNode[],
  requesterId: number,
): number | null {
  const excluded = [approver.id, requesterId];
  const unit = units.find((u) => u.id === approver.unitId);
  const start = unit && unit.headId === approver.id ? unit.parentId : approver.unitId;
  const head = headAbove(units, start, excluded);
  if (head !== null) return head;
  const supervisor = approver.supervisorId;
  return supervisor !== null && !excluded.includes(supervisor) ? supervisor : null;
}
