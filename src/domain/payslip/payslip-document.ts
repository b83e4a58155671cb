import type { PayslipLine } from './payslip-types';

/**
 * Everything printed on one employee's slip. Built by the delivery use case
 * from the stored slip, the employee and the agency; rendered by
 * src/payslip/render-payslip-pdf.ts.
 */
export interface PayslipDocument {
  agency: {
    /** Header lines, top to bottom: "PEMERINTAH KOTA SERANG", "BADAN KEPEGAWAIAN ...". */
    names: string[];
    address: string;
  };
  /** "YYYY-MM". */
  period: string;
  /** The salary slip or the separate TPP slip (its own title and net label). */
  kind: 'GAJI' | 'TPP';
  employee: {
    name: string;
    nip: string;
    /** Pangkat and golongan, e.g. "Penata Muda Tk. I (III/b)". */
    rank: string;
    position: string;
    unit: string;
    status: 'PNS' | 'PPPK';
  };
  lines: PayslipLine[];
  earnings: number;
  deductions: number;
  net: number;
  verification: {
    code: string;
    /** Base address of the verification page, without trailing slash. */
    baseUrl: string;
  };
}
