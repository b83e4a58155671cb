import { availableDays } from '../balance';
import { type LeaveError, leaveError } from '../leave-error';
import type { CheckRule } from './context';

/** CT: each year's part fits that year's balance. Other types have no balance. */
export const checkBalance: CheckRule = ({ input, typeCode, daysByYear }) => {
  if (typeCode !== 'CT') return [];
  const errors: LeaveError[] = [];
  for (const { year, days } of daysByYear) {
    if (days === 0) continue;
    const balance = input.balances[year];
    if (!balance) {
      errors.push(leaveError('leave.balance_unavailable', { year }));
      continue;
    }
    const available = availableDays(balance);
    if (days > available) errors.push(leaveError('leave.insufficient_balance', { available, requested: days, year }));
  }
  return errors;
};
