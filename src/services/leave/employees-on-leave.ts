import type { IsoDay } from '../../domain/day';
import type { Tx } from '../../store/database';
import { unitSubtree } from '../admin/unit-subtree';

/** Who is away on `date`: granted requests (APPROVED or CHANGED) covering it, by unit then name. */
export async function employeesOnLeave(tx: Tx, input: { date: IsoDay; unitCode?: string }) {
  let unitFilter = {};
  if (input.unitCode) {
    const units = await tx.orgUnit.findMany({ select: { id: true, code: true, parentId: true } });
    const root = units.find((u) => u.code === input.unitCode);
    unitFilter = { employee: { unitId: { in: root ? unitSubtree(units, root.id) : [] } } };
  }
  const rows = await tx.leaveRequest.findMany({
    where: { status: { in: ['APPROVED', 'CHANGED'] }, startDate: { lte: input.date }, endDate: { gte: input.date }, ...unitFilter },
    select: {
      ref: true, typeCode: true, startDate: true, endDate: true, halfDay: true, status: true,
      employee: { select: { nip: true, name: true, position: true, unit: { select: { code: true, name: true } } } },
    },
  });
  return rows
    .map(({ startDate, endDate, ...r }) => ({ ...r, start: startDate, end: endDate }))
    .sort((a, b) => a.employee.unit.code.localeCompare(b.employee.unit.code) || a.employee.name.localeCompare(b.employee.name));
}
