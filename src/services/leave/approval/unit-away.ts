import type { IsoDay } from '../../../domain/day';
import type { Tx } from '../../../store/database';

/** A colleague of the unit away (or asking to be) on some of the request's days. */
export interface AwayColleague {
  name: string;
  typeCode: string;
  start: IsoDay;
  end: IsoDay;
  /** Granted (APPROVED, CHANGED) or still waiting for a decision (PENDING). */
  granted: boolean;
}

/** Who else of the request's unit is away on its days, and how many of the unit remain. */
export interface UnitAway {
  away: AwayColleague[];
  /** Active employees of the unit, the requester included. */
  unitSize: number;
  /** Of those, who are there on every day of the request: neither the requester nor anyone listed. */
  remaining: number;
}

const AWAY_STATUSES = ['PENDING', 'APPROVED', 'CHANGED'] as const;

/**
 * The colleagues of the requester's unit with leave granted or pending on
 * any day of `start`..`end` (this request left out), and the unit's size:
 * two indexed reads whatever the size of the city (the overlapping requests
 * of the unit through the status/start index, and the unit's head count).
 */
export async function loadUnitAway(tx: Tx, request: { id: number; employeeId: number; start: IsoDay; end: IsoDay }): Promise<UnitAway> {
  const owner = await tx.employee.findUniqueOrThrow({ where: { id: request.employeeId }, select: { unitId: true } });
  const [rows, unitSize] = await Promise.all([
    tx.leaveRequest.findMany({
      where: {
        status: { in: [...AWAY_STATUSES] },
        startDate: { lte: request.end },
        endDate: { gte: request.start },
        id: { not: request.id },
        employeeId: { not: request.employeeId },
        employee: { unitId: owner.unitId, active: true },
      },
      select: { typeCode: true, startDate: true, endDate: true, status: true, employeeId: true, employee: { select: { name: true } } },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),
    tx.employee.count({ where: { unitId: owner.unitId, active: true } }),
  ]);
  const away = rows.map((r) => ({ name: r.employee.name, typeCode: r.typeCode, start: r.startDate, end: r.endDate, granted: r.status !== 'PENDING' }));
  const people = new Set(rows.map((r) => r.employeeId)).size;
  return { away, unitSize, remaining: Math.max(0, unitSize - people - 1) };
}
