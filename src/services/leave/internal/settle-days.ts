import { yearOf } from '../../../domain/day';
import type { ApprovalState, LeavePolicy, YearDays } from '../../../domain/leave';
import type { Tx } from '../../../store/database';
import type { ChangedDates } from './changed-dates';
import { moveCharged, rechargeDays } from '../ledger/charge-days';
import { forfeitYear } from '../ledger/forfeit-annual-leave';
import type { EmployeeRecord } from './load-leave-facts';
import type { ForfeitedCredits, StoredDetail } from './stored-detail';

export interface SettledDays {
  /** The CT days the request holds or uses now, per year. */
  charged: YearDays[];
  forfeited: ForfeitedCredits[];
  /** What granting cuti besar just forfeited, if anything. */
  newlyForfeited: ForfeitedCredits | null;
}

/**
 * The CT days follow a decision: other dates hold their own days instead;
 * a grant turns the held days into used ones (and cuti besar forfeits the
 * year's CT); a final refusal or deferral gives them back.
 */
export async function settleDays(
  tx: Tx,
  args: {
    employee: EmployeeRecord;
    policy: LeavePolicy;
    requestId: number;
    typeCode: string;
    stored: StoredDetail;
    changed: ChangedDates | null;
    outcome: { final: boolean; state: ApprovalState };
    today: string;
  },
): Promise<SettledDays> {
  const { employee, stored, changed, outcome } = args;
  let charged = stored.charged;
  if (changed) {
    await rechargeDays(tx, employee.id, charged, changed.charged, { reason: 'change', requestId: args.requestId });
    charged = changed.charged;
  }
  if (!outcome.final) return { charged, forfeited: stored.forfeited, newlyForfeited: null };
  const granted = outcome.state.status === 'APPROVED' || outcome.state.status === 'CHANGED';
  await moveCharged(tx, employee.id, charged, granted ? 'consume' : 'release', { reason: 'decision', requestId: args.requestId });
  if (!granted || args.typeCode !== 'CB' || !args.policy.longLeave.forfeitsAnnualLeave) {
    return { charged, forfeited: stored.forfeited, newlyForfeited: null };
  }
  const credits = await forfeitYear(tx, employee, args.policy, yearOf(outcome.state.dates.start), yearOf(args.today), args.requestId);
  return { charged, forfeited: credits ? [...stored.forfeited, credits] : stored.forfeited, newlyForfeited: credits };
}
