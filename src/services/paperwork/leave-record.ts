import { formatDays } from '../../domain/format';
import type { Language } from '../../domain/language';
import type { LeaveFormDocument } from '../../domain/paperwork/leave-paper-document';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';

const OTHER_TYPES = ['CB', 'CS', 'CM', 'CAP', 'CLTN'] as const;

/**
 * Part V of the form: cuti tahunan left in N-2, N-1 and N (each year's
 * balance: its total less what is used or held), and for the other five
 * types how often and how many days were granted in year N.
 */
export async function leaveRecordOf(tx: Tx, employeeId: number, year: number, lang: Language): Promise<LeaveFormDocument['record']> {
  const years = [year - 2, year - 1, year];
  const balances = await tx.leaveBalance.findMany({
    where: { employeeId, typeCode: 'CT', year: { in: years } },
    select: { year: true, entitled: true, carriedOver: true, deferred: true, added: true, used: true, reserved: true },
  });
  const annual = years.map((y) => {
    const b = balances.find((row) => row.year === y);
    const left = b ? Math.max(0, b.entitled + b.carriedOver + b.deferred + b.added - b.used - b.reserved) : 0;
    const remark = !b ? '-' : y === year ? translate(lang, 'paperwork.form.remark_current') : translate(lang, 'paperwork.form.remark_carried', { year: y });
    return { year: y, left, remark };
  });
  const granted = await tx.leaveRequest.findMany({
    where: { employeeId, typeCode: { in: [...OTHER_TYPES] }, status: { in: ['APPROVED', 'CHANGED'] }, startDate: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
    select: { typeCode: true, days: true },
  });
  const others = Object.fromEntries(
    OTHER_TYPES.map((code) => {
      const rows = granted.filter((r) => r.typeCode === code);
      if (rows.length === 0) return [code, translate(lang, 'paperwork.form.record_none')];
      const days = rows.reduce((sum, r) => sum + r.days, 0);
      return [code, translate(lang, 'paperwork.form.record_taken', { count: rows.length, days: formatDays(days, lang), year })];
    }),
  ) as LeaveFormDocument['record']['others'];
  return { annual, others };
}
