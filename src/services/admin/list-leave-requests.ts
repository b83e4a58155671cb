import type { IsoDay } from '../../domain/day';
import type { LeaveStatus, WorkCalendar } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { unitSubtree } from './unit-subtree';
import { overdueCandidateBefore, waitedWorkingDays } from './waited-working-days';

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

async function overdueIds(tx: Tx, days: number, today: IsoDay, calendar: WorkCalendar): Promise<number[]> {
  const steps = await tx.approvalStep.findMany({
    where: { status: 'PENDING', activatedAt: { lt: overdueCandidateBefore(today, days) }, request: { status: 'PENDING' } },
    select: { requestId: true, activatedAt: true },
  });
  return steps.filter((s) => s.activatedAt && waitedWorkingDays(s.activatedAt, today, calendar) > days).map((s) => s.requestId);
}

async function unitIds(tx: Tx, code: string): Promise<number[]> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, parentId: true } });
  const root = units.find((u) => u.code === code);
  return root ? unitSubtree(units, root.id) : [];
}

/** HR's view of leave requests: filtered, newest first, with the step each one waits on and for how long. */
export async function listLeaveRequests(tx: Tx, filter: LeaveRequestFilter, at: { today: IsoDay; calendar: WorkCalendar }) {
  const where = {
    ...(filter.unitCode ? { employee: { unitId: { in: await unitIds(tx, filter.unitCode) } } } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.typeCode ? { typeCode: filter.typeCode } : {}),
    ...(filter.to ? { startDate: { lte: filter.to } } : {}),
    ...(filter.from ? { endDate: { gte: filter.from } } : {}),
    ...(filter.overdue ? { id: { in: await overdueIds(tx, filter.overdueDays, at.today, at.calendar) } } : {}),
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
