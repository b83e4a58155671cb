import type { ExistingRequest } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { loadExistingRequests } from './internal/load-leave-facts';

/** What the leave request conversation asks about its employee beyond the chat's actor. */
export interface LeaveRequester {
  /** The phone on record (digits with country code), offered as the phone during leave. */
  phone: string | null;
  /** The employee or their unit is flagged hard to reach (*local*): CT may add travel days. */
  hardToReach: boolean;
  /** Their requests still holding days, as the rules see them (sick leave continuing earlier sick leave). */
  existing: ExistingRequest[];
}

/** The requester's phone and flag; `known` spares reading them when the caller holds them (the chat's employee). */
export async function getLeaveRequester(tx: Tx, employeeId: number, known?: Pick<LeaveRequester, 'phone' | 'hardToReach'>): Promise<LeaveRequester> {
  const [contact, existing] = await Promise.all([known ?? contactOf(tx, employeeId), loadExistingRequests(tx, employeeId)]);
  return { ...contact, existing };
}

async function contactOf(tx: Tx, employeeId: number): Promise<Pick<LeaveRequester, 'phone' | 'hardToReach'>> {
  const employee = await tx.employee.findUnique({
    where: { id: employeeId },
    select: { phone: true, hardToReach: true, unit: { select: { hardToReach: true } } },
  });
  return { phone: employee?.phone ?? null, hardToReach: Boolean(employee && (employee.hardToReach || employee.unit.hardToReach)) };
}
