import type { Prisma } from '../../generated/sqlite/client';
import type { LeaveRequestView, StepSummary } from './contract';
import { readStoredDetail } from './stored-detail';

const name = { select: { name: true } } as const;

/** Exactly what a LeaveRequestView shows, and nothing else (no document bytes). */
export const leaveRequestViewSelect = {
  id: true,
  ref: true,
  employeeId: true,
  employee: { select: { name: true, nip: true, unit: { select: { name: true } } } },
  typeCode: true,
  startDate: true,
  endDate: true,
  halfDay: true,
  days: true,
  reason: true,
  address: true,
  phoneDuring: true,
  detail: true,
  status: true,
  currentStep: true,
  proxy: true,
  submittedBy: name,
  cancelReason: true,
  decidedAt: true,
  createdAt: true,
  _count: { select: { documents: true } },
  steps: {
    orderBy: { order: 'asc' },
    select: {
      order: true,
      role: true,
      approverId: true,
      approver: name,
      delegateId: true,
      delegate: name,
      status: true,
      decision: true,
      note: true,
      decidedBy: name,
      decidedAt: true,
      changedStart: true,
      changedEnd: true,
      activatedAt: true,
    },
  },
} as const satisfies Prisma.LeaveRequestSelect;

export type LeaveRequestRow = Prisma.LeaveRequestGetPayload<{ select: typeof leaveRequestViewSelect }>;

export function toLeaveRequestView(row: LeaveRequestRow): LeaveRequestView {
  const stored = readStoredDetail(row.detail);
  return {
    id: row.id,
    ref: row.ref,
    employeeId: row.employeeId,
    employeeName: row.employee.name,
    employeeNip: row.employee.nip,
    unitName: row.employee.unit.name,
    typeCode: row.typeCode,
    start: row.startDate,
    end: row.endDate,
    halfDay: row.halfDay,
    days: row.days,
    reason: row.reason,
    address: row.address,
    phoneDuring: row.phoneDuring,
    detail: stored.facts,
    status: row.status,
    currentStep: row.currentStep,
    proxy: row.proxy,
    submittedByName: row.submittedBy.name,
    requested: stored.requested,
    cancelReason: row.cancelReason,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    requiredDocument: stored.requiredDocument,
    documentCount: row._count.documents,
    steps: row.steps.map((s) => ({
      order: s.order,
      role: s.role,
      approverId: s.approverId,
      approverName: s.approver.name,
      delegateId: s.delegateId,
      delegateName: s.delegate?.name ?? null,
      status: s.status,
      decision: s.decision,
      note: s.note,
      decidedByName: s.decidedBy?.name ?? null,
      decidedAt: s.decidedAt,
      changedStart: s.changedStart,
      changedEnd: s.changedEnd,
      activatedAt: s.activatedAt,
    })),
  };
}
