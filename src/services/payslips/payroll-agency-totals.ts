import type { ParsedSlip } from '../../domain/payslip/payslip-types';
import type { Tx } from '../../store/database';
import { agencyOfUnits } from '../worklist/agency-of';

export interface AgencyTotals {
  /** The agency's (OPD's) unit code and name. */
  code: string;
  name: string;
  slips: number;
  earnings: number;
  deductions: number;
  net: number;
}

/**
 * A run's slips summed per agency (OPD: the unit that names its own
 * officials, else the top of its tree, as the worklist counts them), so HR
 * can check each agency's total against the payroll system's before
 * confirming. Largest net first.
 */
export async function payrollAgencyTotals(tx: Tx, slips: ReadonlyArray<Pick<ParsedSlip, 'nip' | 'earnings' | 'deductions' | 'net'>>): Promise<AgencyTotals[]> {
  if (slips.length === 0) return [];
  const [units, officials, employees] = await Promise.all([
    tx.orgUnit.findMany({ select: { id: true, parentId: true, code: true, name: true } }),
    tx.unitOfficial.findMany({ select: { unitId: true }, distinct: ['unitId'] }),
    tx.employee.findMany({ where: { nip: { in: slips.map((s) => s.nip) } }, select: { nip: true, unitId: true } }),
  ]);
  const agencyOf = agencyOfUnits(units, new Set(officials.map((o) => o.unitId)));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitOfNip = new Map(employees.map((e) => [e.nip, e.unitId]));
  const totals = new Map<number, AgencyTotals>();
  for (const slip of slips) {
    const unitId = unitOfNip.get(slip.nip);
    const agency = unitId === undefined ? undefined : unitById.get(agencyOf.get(unitId) ?? unitId);
    if (!agency) continue;
    const sum = totals.get(agency.id) ?? { code: agency.code, name: agency.name, slips: 0, earnings: 0, deductions: 0, net: 0 };
    sum.slips += 1;
    sum.earnings += slip.earnings;
    sum.deductions += slip.deductions;
    sum.net += slip.net;
    totals.set(agency.id, sum);
  }
  return [...totals.values()].sort((a, b) => b.net - a.net || a.code.localeCompare(b.code));
}
