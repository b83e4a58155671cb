import { formatDay, formatDays } from '../../domain/format';
import type { Language } from '../../domain/language';
import type { EmployeeKind, LeavePolicy } from '../../domain/leave';
import type { BalanceView } from '../../services/leave/contract';
import type { Translator } from './translator';

/** The year's cuti tahunan, line by line, and how unused days carry over (PNS and PPPK differ). */
export function renderBalance(balance: BalanceView, kind: EmployeeKind, policy: LeavePolicy, t: Translator, lang: Language): string {
  const d = (n: number) => formatDays(n, lang);
  const table = t('leave_flow.balance.text', {
    year: balance.year,
    entitled: d(balance.entitled),
    carriedOver: d(balance.carriedOver),
    deferred: d(balance.deferred),
    added: d(balance.added),
    used: d(balance.used),
    reserved: d(balance.reserved),
    available: d(balance.available),
  });
  const { carryOverCap, carryOverCapLong, longUnusedYears, pppkCarryOverContractYears, pppkCarryOverLongContractYears } = policy.annual;
  const note =
    kind === 'PPPK'
      ? t('leave_flow.balance.carry_note_pppk', {
          years: pppkCarryOverContractYears,
          cap: carryOverCap,
          capLong: carryOverCapLong,
          longYears: pppkCarryOverLongContractYears,
        })
      : t('leave_flow.balance.carry_note', { cap: carryOverCap, capLong: carryOverCapLong, years: longUnusedYears });
  const usable = balance.usableFrom ? [t('leave_flow.balance.usable_from', { date: formatDay(balance.usableFrom, lang), years: policy.types.CT.minServiceYears })] : [];
  return [table, ...usable, note, t('leave_flow.balance.footer')].join('\n\n');
}
