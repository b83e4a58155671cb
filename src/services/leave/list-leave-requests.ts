import type { IsoDay } from '../../domain/day';
import type { LeaveStatus, WorkCalendar } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { unitSubtree } from '../admin/unit-subtree';
import { overdueActivatedBefore, waitedWorkingDays } from '../../domain/leave/waited-working-days';

export interface LeaveRequestFilter {
  /** The unit and the units below it. */
  unitCode?: string;
  status?: LeaveStatus;
  typeCode?: string;
  /** Requests whose dates overlap [from, to]. */
  from?: IsoDay;
  to?: IsoDay;
  /** Only requests whose current step has waited more than `overdueDays` working days. */
  overdue?: boolean;
  overdueDays: number;
  /** Part of the employee's name (any case) or of their NIP. */
  search?: string;
  /** Only requests of employees in these units, or with a step given to `approverId` (a supervisor's console). */
  within?: { unitIds: readonly number[]; approverId: number };
  page: number;
  pageSize: number;
}

const listSelect = {
  id: true,
  ref: true,
  typeCode: true,
  startDate: true,
  endDate: true,
  halfDay: true,
  days: true,
  status: true,
  proxy: true,
  createdAt: true,
  employee: { select: { nip: true, name: true, unit: { select: { code: true } } } },
  steps: {
    where: { status: 'PENDING' as const },
    select: { order: true, role: true, activatedAt: true, approver: { select: { nip: true, name: true } }, delegate: { select: { nip: true, name: true } } },
  },
} as const;

async function unitIds(tx: Tx, code: string): Promise<number[]> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, parentId: true } });
  const root = units.find((u) => u.code === code);
  return root ? unitSubtree(units, root.id) : [];
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());

/** A name or NIP search: LIKE is case-sensitive on PostgreSQL (and mode: 'insensitive' is not portable), so a name part is tried in its usual spellings. */
function searchOf(text: string) {
  const q = text.trim();
  if (/^\d+$/.test(q)) return { employee: { nip: { contains: q } } };
  const spellings = [...new Set([q, q.toLowerCase(), q.toUpperCase(), titleCase(q)])];
  return { employee: { OR: spellings.map((name) => ({ name: { contains: name } })) } };
}

/** Requests of employees in the units, or with a step given to (or delegated to) the person. */
export function requestsWithin(within: { unitIds: readonly number[]; approverId: number }) {
  const person = within.approverId;
  return { OR: [{ employee: { unitId: { in: [...within.unitIds] } } }, { steps: { some: { OR: [{ approverId: person }, { delegateId: person }] } } }] };
}

/** HR's view of leave requests: filtered, newest first, with the step each one waits on and for how long. */
export async function listLeaveRequests(tx: Tx, filter: LeaveRequestFilter, at: { today: IsoDay; calendar: WorkCalendar }) {
  const and = [
    ...(filter.search?.trim() ? [searchOf(filter.search)] : []),
    ...(filter.within ? [requestsWithin(filter.within)] : []),
    // Said in the query, not as a list of ids: a city's overdue requests outnumber what a statement may bind.
    ...(filter.overdue ? [{ status: 'PENDING' as const, steps: { some: { status: 'PENDING' as const, activatedAt: { lt: overdueActivatedBefore(at.today, filter.overdueDays, at.calendar) } } } }] : []),
  ];
  const where = {
    ...(and.length > 0 ? { AND: and } : {}),
    ...(filter.unitCode ? { employee: { unitId: { in: await unitIds(tx, filter.unitCode) } } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.typeCode ? { typeCode: filter.typeCode } : {}),
    ...(filter.to ? { startDate: { lte: filter.to } } : {}),
    ...(filter.from ? { endDate: { gte: filter.from } } : {}),
  };
  const total = await tx.leaveRequest.count({ where });
  const rows = await tx.leaveRequest.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (filter.page - 1) * filter.pageSize,
    take: filter.pageSize,
    select: listSelect,
  });
  const items = rows.map(({ steps, employee, startDate, endDate, ...r }) => {
    const step = steps[0];
    return {
      ...r,
      start: startDate,
      end: endDate,
      employee: { nip: employee.nip, name: employee.name, unitCode: employee.unit.code },
      waitingOn: step
        ? {
            order: step.order,
            role: step.role,
            approver: step.approver,
            delegate: step.delegate,
            activatedAt: step.activatedAt,
            waitedWorkingDays: step.activatedAt ? waitedWorkingDays(step.activatedAt, at.today, at.calendar) : 0,
          }
        : null,
    };
  });
  return { total, items };
}
