import type { Tx } from '../../store/database';

export interface PayrollPeriodView {
  period: string;
  kind: 'GAJI' | 'TPP';
  status: 'DRAFT' | 'PUBLISHED';
  revision: number;
  slips: number;
  importedAt: Date;
  importedBy: string;
  publishedAt: Date | null;
  publishedBy: string | null;
  /** The first officer's request to publish, awaiting a second officer's confirmation. */
  publishRequestedAt: Date | null;
  publishRequestedBy: string | null;
  publishRequestedById: number | null;
}

/** Every imported run (month and kind), newest month first, with its number of slips. */
export async function listPayrollPeriods(tx: Tx): Promise<PayrollPeriodView[]> {
  const rows = await tx.payrollPeriod.findMany({
    select: {
      period: true,
      kind: true,
      status: true,
      revision: true,
      importedAt: true,
      importedBy: true,
      publishedAt: true,
      publishedBy: true,
      publishRequestedAt: true,
      publishRequestedBy: true,
      publishRequestedById: true,
      _count: { select: { payslips: true } },
    },
    orderBy: [{ period: 'desc' }, { kind: 'asc' }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, slips: _count.payslips }));
}
