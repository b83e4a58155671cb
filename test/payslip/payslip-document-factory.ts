import type { PayslipDocument } from '../../src/domain/payslip/payslip-document';
import type { PayslipLine } from '../../src/domain/payslip/payslip-types';

const LINES: Array<Omit<PayslipLine, 'position'>> = [
  { kind: 'EARNING', code: 'GAJI_POKOK', label: 'Gaji pokok', amount: 3_500_000 },
  { kind: 'EARNING', code: 'TUNJ_ISTRI', label: 'Tunjangan istri/suami', amount: 350_000 },
  { kind: 'EARNING', code: 'TUNJ_ANAK', label: 'Tunjangan anak', amount: 140_000 },
  { kind: 'EARNING', code: 'TUNJ_UMUM', label: 'Tunjangan umum', amount: 185_000 },
  { kind: 'EARNING', code: 'TUNJ_BERAS', label: 'Tunjangan beras', amount: 289_680 },
  { kind: 'EARNING', code: 'PEMBULATAN', label: 'Pembulatan', amount: 20 },
  { kind: 'DEDUCTION', code: 'IWP', label: 'Iuran wajib pegawai (IWP)', amount: 159_200 },
  { kind: 'DEDUCTION', code: 'BPJS', label: 'BPJS Kesehatan', amount: 39_800 },
  { kind: 'DEDUCTION', code: 'TAPERA', label: 'Tapera', amount: 15_400 },
];

/** A PNS slip whose net is Rp 4.250.300. */
export function makePayslipDocument(overrides: Partial<PayslipDocument> = {}): PayslipDocument {
  const lines = LINES.map((line, index) => ({ ...line, position: index + 1 }));
  const sum = (kind: string) => lines.filter((l) => l.kind === kind).reduce((acc, l) => acc + l.amount, 0);
  const earnings = sum('EARNING');
  const deductions = sum('DEDUCTION');
  return {
    agency: {
      names: ['PEMERINTAH KOTA SERANG', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'],
      address: 'Jl. Jenderal Sudirman No. 5, Kota Serang, Banten 42118',
    },
    period: '2026-11',
    kind: 'GAJI',
    employee: {
      name: 'Siti Rahmawati, S.E.',
      nip: '199008172015032001',
      rank: 'Penata Muda Tk. I (III/b)',
      position: 'Analis Kepegawaian Ahli Pertama',
      unit: 'Bidang Pengembangan Kompetensi',
      status: 'PNS',
    },
    lines,
    earnings,
    deductions,
    net: earnings - deductions,
    verification: { code: 'K7QM-3XPA-9D', baseUrl: 'https://sapa.serangkota.go.id' },
    ...overrides,
  };
}
