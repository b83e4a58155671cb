import { addDays, addMonths } from '../../domain/day';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { toCsv } from '../admin/to-csv';

const COLUMNS = ['ref', 'nip', 'name', 'unit', 'type', 'start', 'end', 'half_day', 'days', 'status', 'proxy', 'submitted_at', 'decided_at'] as const;

/** The first and last day of "2026-11". */
export function monthBounds(month: string): { first: string; last: string } {
  const first = `${month}-01`;
  return { first, last: addDays(addMonths(first, 1), -1) };
}

/**
 * The leave requests touching `month` (any status but DRAFT) as CSV, one
 * line each, by start date; headers in `lang`.
 */
export async function exportMonthLeave(tx: Tx, input: { month: string; lang: Language }): Promise<string> {
  const { first, last } = monthBounds(input.month);
  const rows = await tx.leaveRequest.findMany({
    where: { status: { not: 'DRAFT' }, startDate: { lte: last }, endDate: { gte: first } },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    select: {
      ref: true, typeCode: true, startDate: true, endDate: true, halfDay: true, days: true, status: true, proxy: true,
      createdAt: true, decidedAt: true,
      employee: { select: { nip: true, name: true, unit: { select: { code: true } } } },
    },
  });
  const header = COLUMNS.map((c) => translate(input.lang, `admin.export.${c}`));
  return toCsv(
    header,
    rows.map((r) => [
      r.ref, r.employee.nip, r.employee.name, r.employee.unit.code, r.typeCode, r.startDate, r.endDate, r.halfDay ?? '',
      r.days, r.status, r.proxy ? 'Y' : 'N', r.createdAt.toISOString(), r.decidedAt?.toISOString() ?? '',
    ]),
  );
}
