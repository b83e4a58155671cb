import { missingDocument } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { ApprovalStepRowData, LeaveRequestFilter, LeaveRequestRowData } from '../../../store/dialect/leave-reads';
import type { LeaveRequestView } from '../contract';
import { readStoredDetail } from './stored-detail';

interface Person {
  name: string;
  nip: string;
  unitName: string;
}

/**
 * The requests `query` selects as people see them (by id: in the order of
 * `ids`): the rows, their steps, the people they name and their documents'
 * count, each read once for all of them (the dialect's fixed reads), and no
 * document bytes.
 */
export async function loadLeaveRequestViews(tx: Tx, query: LeaveRequestFilter): Promise<LeaveRequestView[]> {
  const { reads } = tx.$dialect;
  const rows = await reads.leaveRequests(tx, query);
  if (rows.length === 0) return [];
  if ('ids' in query) {
    const at = new Map(query.ids.map((id, i) => [id, i]));
    rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
  }
  const requestIds = rows.map((r) => r.id);
  const steps = await reads.approvalSteps(tx, requestIds);
  const ids = new Set<number>();
  for (const row of rows) ids.add(row.employeeId).add(row.submittedById);
  for (const s of steps) {
    ids.add(s.approverId);
    if (s.delegateId !== null) ids.add(s.delegateId);
    if (s.decidedById !== null) ids.add(s.decidedById);
  }
  const people = await reads.peopleWithUnits(tx, [...ids]);
  const documentCounts = await reads.documentCounts(tx, requestIds);
  const byId = new Map<number, Person>(people.map((p) => [p.id, p]));
  const stepsOf = new Map<number, ApprovalStepRowData[]>();
  for (const s of steps) (stepsOf.get(s.requestId) ?? stepsOf.set(s.requestId, []).get(s.requestId)!).push(s);
  return rows.map((row) => toLeaveRequestView(row, stepsOf.get(row.id) ?? [], byId, documentCounts.get(row.id) ?? 0));
}

function toLeaveRequestView(
  row: LeaveRequestRowData,
  steps: readonly ApprovalStepRowData[],
  people: ReadonlyMap<number, Person>,
  documentCount: number,
): LeaveRequestView {
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
    unitName: employee.unitName,
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
    steps: steps.map((s) => ({
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
