import { compareDays, type IsoDay } from '../day';
import { lastDayOf } from './duration';
import type { LeavePolicy } from './policy';
import type { EmployeeFacts, ExistingRequest, RequestedLeave } from './request';
import { maxLengthFor } from './validate/length';
import { continuedRequests } from './validate/over-time';

/**
 * Sick leave for an illness that, alone or with the sick leave it continues,
 * runs past what a doctor's letter covers (1 year for a PNS): only the health
 * board's letter extends it (by 6 months). Returns the last day a doctor's
 * letter covers, or null when the request fits in it (or the extension does
 * not apply: a PPPK, a miscarriage, a work accident).
 */
export function beyondDoctorsLetter(
  request: Omit<RequestedLeave, 'typeCode'> & { typeCode: string },
  employee: Pick<EmployeeFacts, 'kind'>,
  existing: readonly ExistingRequest[],
  policy: LeavePolicy,
): IsoDay | null {
  if (request.typeCode !== 'CS' || employee.kind !== 'PNS' || (request.detail.sickKind ?? 'ILLNESS') !== 'ILLNESS') return null;
  const detail = { ...request.detail, healthBoardLetter: false };
  const limit = maxLengthFor('CS', employee, detail, policy);
  if (!limit) return null;
  const chain = continuedRequests({ ...request, typeCode: 'CS', detail }, existing, policy.continuationGapDays);
  const lastDay = lastDayOf(chain.at(-1)?.start ?? request.start, limit);
  return compareDays(request.end, lastDay) > 0 ? lastDay : null;
}
