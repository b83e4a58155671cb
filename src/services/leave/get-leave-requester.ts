import type { ExistingRequest } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { loadEmployee, loadExistingRequests } from './internal/load-leave-facts';

/** What the leave request conversation asks about its employee beyond the chat's actor. */
export interface LeaveRequester {
  /** The phone on record (digits with country code), offered as the phone during leave. */
  phone: string | null;
  /** The employee or their unit is flagged hard to reach (*local*): CT may add travel days. */
  hardToReach: boolean;
  /** Their requests still holding days, as the rules see them (sick leave continuing earlier sick leave). */
  existing: ExistingRequest[];
}

export async function getLeaveRequester(tx: Tx, employeeId: number): Promise<LeaveRequester> {
  const [employee, contact, existing] = await Promise.all([
    loadEmployee(tx, employeeId),
    tx.employee.findUnique({ where: { id: employeeId }, select: { phone: true } }),
    loadExistingRequests(tx, employeeId),
  ]);
  return { phone: contact?.phone ?? null, hardToReach: employee?.hardToReach ?? false, existing };
}
