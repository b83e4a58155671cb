import type { LeavePolicy } from './policy';
import type { EmployeeFacts } from './request';
import { LEAVE_TYPE_CODES, type LeaveTypeCode } from './types';

/** The types an employee may request, as the policy says: PNS all, PPPK no CB, CAP or CLTN; CM for women. */
export function requestableTypes(policy: LeavePolicy, employee: Pick<EmployeeFacts, 'kind' | 'gender'>): LeaveTypeCode[] {
  return LEAVE_TYPE_CODES.filter((code) => {
    const rule = policy.types[code];
    return rule.requestable && rule.kinds.includes(employee.kind) && !(code === 'CM' && employee.gender === 'M');
  });
}
