import { describe, expect, it } from 'vitest';
import { BUDI, errorsOf, importText, SITI, slipsOf } from './payslip-import-fixtures';

function json(employees: unknown[], period = '2026-11'): string {
  return JSON.stringify({ period, employees });
}

const siti = {
  nip: SITI,
  net: 3_680_000,
  lines: [
    { kind: 'EARNING', code: 'GAJI_POKOK', label: 'Gaji pokok', amount: 4_000_000 },
    { kind: 'potongan', code: 'IWP', label: 'IWP', amount: '320.000' },
  ],
};

describe('importPayslips, JSON', () => {
  it('reads slips, with amounts as numbers or rupiah text', () => {
    expect(slipsOf(importText('json', json([siti])))).toEqual([
      {
        nip: SITI,
        earnings: 4_000_000,
        deductions: 320_000,
        net: 3_680_000,
        lines: [
          { kind: 'EARNING', code: 'GAJI_POKOK', label: 'Gaji pokok', amount: 4_000_000, position: 1 },
          { kind: 'DEDUCTION', code: 'IWP', label: 'IWP', amount: 320_000, position: 2 },
        ],
      },
    ]);
  });

  it('reports schema problems with the position of the employee and the field path', () => {
    const errors = errorsOf(importText('json', json([siti, { nip: BUDI, net: 1 }])));
    expect(errors).toEqual([
      { line: 2, code: 'payslip.import.invalid_field', params: { path: 'employees.1.lines', detail: expect.any(String) } },
    ]);
  });

  it('reports a bad kind and bad amounts per employee', () => {
    const budi = {
      nip: BUDI,
      net: -1,
      lines: [
        { kind: 'bonus', code: 'X', label: 'X', amount: 1 },
        { kind: 'EARNING', code: 'Y', label: 'Y', amount: 1.5 },
        { kind: 'EARNING', code: 'Z', label: 'Z', amount: 3_000_000_000 },
      ],
    };
    expect(errorsOf(importText('json', json([siti, budi])))).toEqual([
      { line: 2, code: 'payslip.import.invalid_amount', params: { column: 'net', value: '-1' } },
      { line: 2, code: 'payslip.import.invalid_kind', params: { value: 'bonus' } },
      { line: 2, code: 'payslip.import.invalid_amount', params: { column: 'lines.1.amount', value: '1.5' } },
      {
        line: 2,
        code: 'payslip.import.amount_too_large',
        params: { column: 'lines.2.amount', value: '3000000000', max: 2_000_000_000 },
      },
    ]);
  });

  it('reports unknown and repeated employees and a wrong net', () => {
    const stranger = { ...siti, nip: '199912312020121001' };
    const wrongNet = { ...siti, nip: BUDI, net: 3_000_000 };
    expect(errorsOf(importText('json', json([siti, stranger, siti, wrongNet])))).toEqual([
      { line: 2, code: 'payslip.import.unknown_nip', params: { nip: '199912312020121001' } },
      { line: 3, code: 'payslip.import.duplicate_employee', params: { nip: SITI, firstLine: 1 } },
      {
        line: 4,
        code: 'payslip.import.net_mismatch',
        params: { nip: BUDI, earnings: 4_000_000, deductions: 320_000, computed: 3_680_000, stated: 3_000_000 },
      },
    ]);
  });

  it('refuses a file for another month, malformed JSON and a bad period', () => {
    expect(errorsOf(importText('json', json([siti], '2026-10')))).toEqual([
      { line: 0, code: 'payslip.import.period_mismatch', params: { expected: '2026-11', actual: '2026-10' } },
    ]);
    expect(errorsOf(importText('json', '{"period": '))[0]).toMatchObject({ line: 0, code: 'payslip.import.invalid_json' });
    expect(errorsOf(importText('json', json([siti], '2026-13')))[0]).toMatchObject({
      line: 0,
      code: 'payslip.import.invalid_field',
      params: { path: 'period' },
    });
  });

  it('reads a JSON file that starts with a BOM', () => {
    expect(slipsOf(importText('json', `\uFEFF${json([siti])}`))).toHaveLength(1);
  });
});
