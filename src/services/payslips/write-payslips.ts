import type { ParsedSlip } from '../../domain/payslip/payslip-types';
import type { Tx } from '../../store/database';

export interface SlipsToWrite {
  periodId: number;
  slips: readonly ParsedSlip[];
  /** Employee id of each NIP. */
  employeeIds: ReadonlyMap<string, number>;
  /** One verification code per slip, in the order of `slips`. */
  codes: readonly string[];
  createdAt: Date;
}

/**
 * Writes a month's slips and their lines in bulk (a 10,000 employee month is
 * about 10,000 + 90,000 rows); returns the number of lines.
 */
export async function writePayslips(tx: Tx, input: SlipsToWrite): Promise<number> {
  const { periodId, slips, codes, createdAt } = input;
  const employeeOf = (nip: string) => {
    const id = input.employeeIds.get(nip);
    if (id === undefined) throw new Error(`no employee for NIP ${nip}`);
    return id;
  };
  await tx.$dialect.insertRows(
    tx,
    'Payslip',
    ['periodId', 'employeeId', 'earnings', 'deductions', 'net', 'verificationCode', 'createdAt'],
    slips.map((slip, index) => [periodId, employeeOf(slip.nip), slip.earnings, slip.deductions, slip.net, codes[index]!, createdAt]),
  );
  const written = await tx.payslip.findMany({ where: { periodId }, select: { id: true, employeeId: true } });
  const payslipOf = new Map(written.map((row) => [row.employeeId, row.id]));
  const lines = slips.flatMap((slip) => {
    const payslipId = payslipOf.get(employeeOf(slip.nip))!;
    return slip.lines.map((line) => [payslipId, line.kind, line.code, line.label, line.amount, line.position]);
  });
  await tx.$dialect.insertRows(tx, 'PayslipLine', ['payslipId', 'kind', 'code', 'label', 'amount', 'position'], lines);
  return lines.length;
}

/** Removes every slip of a period (their lines and delivery records go with them). */
export async function deletePayslips(tx: Tx, periodId: number): Promise<number> {
  await tx.payslipLine.deleteMany({ where: { payslip: { periodId } } });
  await tx.payslipDelivery.deleteMany({ where: { payslip: { periodId } } });
  const { count } = await tx.payslip.deleteMany({ where: { periodId } });
  return count;
}
