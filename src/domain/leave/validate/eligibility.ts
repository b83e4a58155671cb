import { compareDays } from '../../day';
import { serviceAnniversary } from '../duration';
import { leaveError } from '../leave-error';
import { isActiveStatus } from '../types';
import type { CheckRule } from './context';
import { isExemptBirth } from './over-time';

/** PPPK have no CB, CAP or CLTN (policy.types.X.kinds). */
export const checkKind: CheckRule = ({ input, rule, typeCode }) =>
  rule.kinds.includes(input.employee.kind)
    ? []
    : [leaveError('leave.type_not_available_for_kind', { kind: input.employee.kind, typeCode })];

/**
 * Years of continuous service at the start date: CT 1, CB and CLTN 5. A first
 * hajj is exempt for CB, and a later child's birth where the agency says so
 * (maternity.laterChildServiceExempt). A PPPK short of 1 year may take CT under the early
 * allowance instead (checkPppkEarly).
 */
export const checkService: CheckRule = ({ input, rule, typeCode }) => {
  const { employee, request, policy } = input;
  const years = rule.minServiceYears;
  if (years === 0) return [];
  if (typeCode === 'CB' && request.detail.firstHajj && policy.longLeave.firstHajjExempt) return [];
  if (isExemptBirth(typeCode, request.detail, policy)) return [];
  if (typeCode === 'CT' && employee.kind === 'PPPK') return [];
  const eligibleFrom = serviceAnniversary(employee.serviceStart, years);
  if (compareDays(request.start, eligibleFrom) >= 0) return [];
  return [leaveError('leave.service_too_short', { years, eligibleFrom })];
};

/**
 * A PPPK before 1 year of service: CT only for a listed reason (family member
 * seriously ill or deceased, own first marriage) and at most 6 working days in
 * all before the anniversary.
 */
export const checkPppkEarly: CheckRule = ({ input, rule, typeCode, days }) => {
  const { employee, request, policy, existing } = input;
  if (typeCode !== 'CT' || employee.kind !== 'PPPK') return [];
  const anniversary = serviceAnniversary(employee.serviceStart, rule.minServiceYears);
  if (compareDays(request.start, anniversary) >= 0) return [];
  const reason = request.detail.earlyReason;
  if (!reason || !policy.annual.pppkEarlyReasons.includes(reason)) {
    return [leaveError('leave.pppk_early_reason_required', { eligibleFrom: anniversary })];
  }
  const used = existing
    .filter((r) => r.typeCode === 'CT' && isActiveStatus(r.status) && compareDays(r.start, anniversary) < 0)
    .reduce((sum, r) => sum + r.days, 0);
  const max = policy.annual.pppkEarlyDays;
  if (used + days <= max) return [];
  return [leaveError('leave.pppk_early_allowance_exceeded', { max, used, requested: days })];
};
