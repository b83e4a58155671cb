import type { Tx } from '../../store/database';

export interface OwnLeaveItem {
  /** LETTER: the paper's id; FORM: the request's id. */
  id: number;
  ref: string;
  typeCode: string;
  start: string;
  end: string;
  number: string | null;
}

const LIMIT = 8;

/** The employee's standing Surat Izin Cuti, newest first. */
export async function listOwnLeaveLetters(tx: Tx, employeeId: number): Promise<OwnLeaveItem[]> {
  const papers = await tx.leavePaper.findMany({
    where: { kind: 'LETTER', status: 'CURRENT', request: { employeeId } },
    orderBy: { issuedAt: 'desc' },
    take: LIMIT,
    select: { id: true, number: true, request: { select: { ref: true, typeCode: true, startDate: true, endDate: true } } },
  });
  return papers.map((p) => ({ id: p.id, ref: p.request.ref, typeCode: p.request.typeCode, start: p.request.startDate, end: p.request.endDate, number: p.number }));
}

/** The employee's requests whose form can be printed (cuti bersama has none), newest first. */
export async function listOwnLeaveRequests(tx: Tx, employeeId: number): Promise<OwnLeaveItem[]> {
  const requests = await tx.leaveRequest.findMany({
    where: { employeeId, typeCode: { in: ['CT', 'CB', 'CS', 'CM', 'CAP', 'CLTN'] }, status: { not: 'DRAFT' } },
    orderBy: { id: 'desc' },
    take: LIMIT,
    select: { id: true, ref: true, typeCode: true, startDate: true, endDate: true },
  });
  return requests.map((r) => ({ id: r.id, ref: r.ref, typeCode: r.typeCode, start: r.startDate, end: r.endDate, number: null }));
}
