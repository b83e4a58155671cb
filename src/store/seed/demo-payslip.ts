/**
 * Payslip lines of a demo employee after the usual PNS components
 * (RULES.md): base salary by rank, family allowances, general allowance, rice,
 * and the standard deductions. Deterministic, whole rupiah.
 */
export type DemoLine = { kind: 'EARNING' | 'DEDUCTION'; code: string; label: string; amount: number };

const BASE_BY_RANK: Record<string, number> = {
  'II/c': 3_100_000, 'II/d': 3_230_000, 'III/a': 3_440_000, 'III/b': 3_590_000, 'III/c': 3_740_000,
  'III/d': 3_900_000, 'IV/a': 4_060_000, 'IV/b': 4_240_000, 'IV/c': 4_420_000, IX: 3_200_000,
};

export function demoPayslipLines(rank: string, married: boolean, children: number, structural: boolean): DemoLine[] {
  const base = BASE_BY_RANK[rank] ?? 3_500_000;
  const spouse = married ? Math.round(base * 0.1) : 0;
  const child = Math.round(base * 0.02) * Math.min(children, 2);
  const allowance = structural ? 1_260_000 : 185_000;
  const rice = 72_420 * (1 + (married ? 1 : 0) + Math.min(children, 2));
  const family = base + spouse + child;
  const lines: DemoLine[] = [
    { kind: 'EARNING', code: 'GAPOK', label: 'Gaji Pokok', amount: base },
    { kind: 'EARNING', code: 'TJ_ISTRI', label: 'Tunjangan Istri/Suami', amount: spouse },
    { kind: 'EARNING', code: 'TJ_ANAK', label: 'Tunjangan Anak', amount: child },
    { kind: 'EARNING', code: structural ? 'TJ_JABATAN' : 'TJ_UMUM', label: structural ? 'Tunjangan Jabatan Struktural' : 'Tunjangan Umum', amount: allowance },
    { kind: 'EARNING', code: 'TJ_BERAS', label: 'Tunjangan Beras', amount: rice },
    { kind: 'DEDUCTION', code: 'IWP', label: 'Iuran Wajib Pegawai (8%)', amount: Math.round(family * 0.08) },
    { kind: 'DEDUCTION', code: 'BPJS', label: 'BPJS Kesehatan (1%)', amount: Math.round((family + allowance) * 0.01) },
    { kind: 'DEDUCTION', code: 'TAPERA', label: 'Tapera', amount: Math.round(base * 0.025) },
    { kind: 'DEDUCTION', code: 'PPH21', label: 'PPh Pasal 21', amount: Math.round(base * 0.015) },
  ];
  return lines.filter((l) => l.amount > 0);
}
