import type { PayslipDocument } from '../../domain/payslip/payslip-document';
import type { Tx } from '../../store/database';

export interface PayslipAgency {
  /** Header lines of the slip, top to bottom. */
  names: string[];
  address: string;
  /** Base address of the verification page, without trailing slash. */
  verifyBaseUrl: string;
}

export interface LoadedPayslip {
  document: PayslipDocument;
  /** What the password rule needs, and the employee's language for the caption. */
  owner: { nip: string; birthDate: string; language: string };
}

/** A stored slip with its employee and lines as the printed document, or null when it no longer exists. */
export async function loadPayslipDocument(tx: Tx, payslipId: number, agency: PayslipAgency): Promise<LoadedPayslip | null> {
  const slip = await tx.payslip.findUnique({
    where: { id: payslipId },
    select: {
      earnings: true,
      deductions: true,
      net: true,
      verificationCode: true,
      period: { select: { period: true, kind: true } },
      employee: {
        select: {
          name: true,
          nip: true,
          rank: true,
          position: true,
          kind: true,
          birthDate: true,
          language: true,
          unit: { select: { name: true } },
        },
      },
      lines: { select: { kind: true, code: true, label: true, amount: true, position: true }, orderBy: { position: 'asc' } },
    },
  });
  if (!slip) return null;
  const { employee } = slip;
  return {
    document: {
      agency: { names: agency.names, address: agency.address },
      period: slip.period.period,
      kind: slip.period.kind,
      employee: {
        name: employee.name,
        nip: employee.nip,
        rank: employee.rank,
        position: employee.position,
        unit: employee.unit.name,
        status: employee.kind,
      },
      lines: slip.lines,
      earnings: slip.earnings,
      deductions: slip.deductions,
      net: slip.net,
      verification: { code: slip.verificationCode, baseUrl: agency.verifyBaseUrl },
    },
    owner: { nip: employee.nip, birthDate: employee.birthDate, language: employee.language },
  };
}
