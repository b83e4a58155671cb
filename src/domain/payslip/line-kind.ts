import type { LineKind } from './payslip-types';

/** Words accepted for the kind of a line, compared case-insensitively. */
const KIND_WORDS: Readonly<Record<string, LineKind>> = {
  earning: 'EARNING',
  pendapatan: 'EARNING',
  penghasilan: 'EARNING',
  deduction: 'DEDUCTION',
  potongan: 'DEDUCTION',
};

export function parseLineKind(text: string): LineKind | null {
  return KIND_WORDS[text.trim().toLowerCase()] ?? null;
}
