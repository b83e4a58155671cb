import { missingDocument } from '../../../domain/leave';
import type { Prisma } from '../../../generated/sqlite/client';
import type { Tx } from '../../../store/database';
import type { LeaveRequestView } from '../contract';
import { readStoredDetail } from './stored-detail';

/**
 * Exactly what a LeaveRequestView shows, and nothing else (no document bytes).
 * People are read by id afterwards, all at once: Prisma would otherwise run
 * one query per relation (owner, unit, submitter, approver, delegate, decider).
 * Documents are counted for these requests only (Prisma's `_count` groups the
 * whole document table on every read).
 */
const rowSelect = {
  id: true,
  ref: true,
  employeeId: true,
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
  submittedById: true,
  cancelReason: true,
  decidedAt: true,
  createdAt: true,
  steps: {
    orderBy: { order: 'asc' },
    select: {
      order: true,
      role: true,
      approverId: true,
      delegateId: true,
      status: true,
      decision: true,
      note: true,
      decidedById: true,
      decidedAt: true,
      changedStart: true,
      changedEnd: true,
      activatedAt: true,
    },
  },
} as const satisfies Prisma.LeaveRequestSelect;

type LeaveRequestRow = Prisma.LeaveRequestGetPayload<{ select: typeof rowSelect }>;

interface Person {
  name: string;
  nip: string;
  unit: { name: string };
}

/** The requests `where` selects, in `orderBy` order, as people see them. */
export async function loadLeaveRequestViews(
  tx: Tx,
  query: { where: Prisma.LeaveRequestWhereInput; orderBy?: Prisma.LeaveRequestOrderByWithRelationInput[]; take?: number },
): Promise<LeaveRequestView[]> {
  const rows = await tx.leaveRequest.findMany({ ...query, select: rowSelect });
  if (rows.length === 0) return [];
  const ids = new Set<number>();
  for (const row of rows) {
    ids.add(row.employeeId).add(row.submittedById);
    for (const s of row.steps) {
      ids.add(s.approverId);
      if (s.delegateId !== null) ids.add(s.delegateId);
      if (s.decidedById !== null) ids.add(s.decidedById);
    }
  }
  const people = await tx.employee.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, nip: true, unit: { select: { name: true } } },
  });
  const documents = await tx.leaveDocument.groupBy({ by: ['requestId'], where: { requestId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
  const byId = new Map<number, Person>(people.map((p) => [p.id, p]));
  const documentCounts = new Map(documents.map((d) => [d.requestId, d._count._all]));
  return rows.map((row) => toLeaveRequestView(row, byId, documentCounts.get(row.id) ?? 0));
}

function toLeaveRequestView(row: LeaveRequestRow, people: ReadonlyMap<number, Person>, documentCount: number): LeaveRequestView {
  const person = (id: number): Person => {
    const found = people.get(id);
    if (!found) throw new Error(`employee ${id} of leave request ${row.id} not found`);
    return found;
  };
  const stored = readStoredDetail(row.detail);
  const employee = person(row.employeeId);
  return {
    id: row.id,
    ref: row.ref,
    employeeId: row.employeeId,
    employeeName: employee.name,
    employeeNip: employee.nip,
    unitName: employee.unit.name,
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
    submittedByName: person(row.submittedById).name,
    requested: stored.requested,
    cancelReason: row.cancelReason,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    requiredDocument: stored.requiredDocument,
    documentCount,
    missingDocument: missingDocument(stored.requiredDocument, documentCount),
    steps: row.steps.map((s) => ({
      order: s.order,
      role: s.role,
      approverId: s.approverId,
      approverName: person(s.approverId).name,
      delegateId: s.delegateId,
      delegateName: s.delegateId === null ? null : person(s.delegateId).name,
      status: s.status,
      decision: s.decision,
      note: s.note,
      decidedByName: s.decidedById === null ? null : person(s.decidedById).name,
      decidedAt: s.decidedAt,
      changedStart: s.changedStart,
      changedEnd: s.changedEnd,
      activatedAt: s.activatedAt,
    })),
  };
}
