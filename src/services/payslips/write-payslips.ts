import type { ParsedSlip } from '../../domain/payslip/payslip-types';
import type { Tx } from '../../store/database';

/**
 * Writes a month's slips and their lines with two bulk inserts (a 10,000
 * employee month is about 10,000 + 90,000 rows). `employeeIds` maps each NIP
 * to its employee; `codes` holds one verification code per slip, in order.
 */
export async function writePayslips(
  tx: Tx,
  periodId: number,
  slips: readonly ParsedSlip[],
  employeeIds: ReadonlyMap<string, number>,
  codes: readonly string[],
): Promise<number> {
  const employeeOf = (nip: string) => {
    const id = employeeIds.get(nip);
    if (id === undefined) throw new Error(`no employee for NIP ${nip}`);
    return id;
  };
  const created = await tx.payslip.createManyAndReturn({
    data: slips.map((slip, index) => ({
      periodId,
      employeeId: employeeOf(slip.nip),
      earnings: slip.earnings,
      deductions: slip.deductions,
      net: slip.net,
      verificationCode: codes[index]!,
    })),
    select: { id: true, employeeId: true },
  });
  const payslipOf = new Map(created.map((row) => [row.employeeId, row.id]));
  const lines = slips.flatMap((slip) => {
    const payslipId = payslipOf.get(employeeOf(slip.nip))!;
    return slip.lines.map((line) => ({ payslipId, kind: line.kind, code: line.code, label: line.label, amount: line.amount, position: line.position }));
  });
  await tx.payslipLine.createMany({ data: lines });
  return lines.length;
}

/** Removes every slip of a period (their lines and delivery records go with them). */
export async function deletePayslips(tx: Tx, periodId: number): Promise<number> {
  await tx.payslipLine.deleteMany({ where: { payslip: { periodId } } });
  await tx.payslipDelivery.deleteMany({ where: { payslip: { periodId } } });
  const { count } = await tx.payslip.deleteMany({ where: { periodId } });
  return count;
}
