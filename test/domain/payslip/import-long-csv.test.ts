import { describe, expect, it } from 'vitest';
import { BUDI, csv, errorsOf, importText, SITI, slipsOf, WAYAN } from './payslip-import-fixtures';

const HEADER = 'nip;kind;code;label;amount;net';

const GOOD = [
  HEADER,
  `${SITI};pendapatan;GAJI_POKOK;Gaji pokok;3.500.000;4.250.300`,
  `${SITI};pendapatan;TUNJ_ISTRI;Tunjangan istri/suami;350000;`,
  `${SITI};PENDAPATAN;TUNJ_UMUM;"Tunjangan ""umum""; daerah";614700;`,
  `${SITI};potongan;IWP;Iuran wajib pegawai (IWP);159.200;`,
  `${SITI};potongan;BPJS;BPJS Kesehatan;55.200;4.250.300`,
  `${BUDI};EARNING;GAJI_POKOK;Gaji pokok;4.000.000;3.680.000`,
  `${BUDI};DEDUCTION;IWP;IWP;320.000;3.680.000`,
];

describe('importPayslips, CSV long form', () => {
  it('reads one slip per employee with totals and line positions', () => {
    const slips = slipsOf(importText('csv-long', csv(GOOD)));
    expect(slips).toHaveLength(2);
    const [siti, budi] = slips;
    expect(siti).toMatchObject({ nip: SITI, earnings: 4_464_700, deductions: 214_400, net: 4_250_300 });
    expect(siti?.lines.map((l) => [l.position, l.kind, l.code])).toEqual([
      [1, 'EARNING', 'GAJI_POKOK'],
      [2, 'EARNING', 'TUNJ_ISTRI'],
      [3, 'EARNING', 'TUNJ_UMUM'],
      [4, 'DEDUCTION', 'IWP'],
      [5, 'DEDUCTION', 'BPJS'],
    ]);
    expect(siti?.lines[2]?.label).toBe('Tunjangan "umum"; daerah');
    expect(budi).toMatchObject({ nip: BUDI, earnings: 4_000_000, deductions: 320_000, net: 3_680_000 });
  });

  it('reads a BOM, CRLF line ends, a comma delimiter and extra columns', () => {
    const text =
      '\uFEFF' +
      csv(
        [
          'No,NIP,Nama,Kind,Code,Label,Amount,Net',
          `1,${SITI},"Rahmawati, Siti",earning,GAJI_POKOK,Gaji pokok,"4.500.000",4.400.000`,
          `2,${SITI},"Rahmawati, Siti",deduction,IWP,IWP,100.000,4.400.000`,
        ],
        '\r\n',
      );
    expect(slipsOf(importText('csv-long', text))).toEqual([
      {
        nip: SITI,
        earnings: 4_500_000,
        deductions: 100_000,
        net: 4_400_000,
        lines: [
          { kind: 'EARNING', code: 'GAJI_POKOK', label: 'Gaji pokok', amount: 4_500_000, position: 1 },
          { kind: 'DEDUCTION', code: 'IWP', label: 'IWP', amount: 100_000, position: 2 },
        ],
      },
    ]);
  });

  it('accepts a NIP written in groups', () => {
    const text = csv([HEADER, `19900817 201503 2 001;pendapatan;GAJI_POKOK;Gaji pokok;100;100`]);
    expect(slipsOf(importText('csv-long', text))[0]?.nip).toBe(SITI);
  });

  it('reports an unknown NIP on the first line of that employee', () => {
    const text = csv([...GOOD, '199912312020121001;pendapatan;GAJI_POKOK;Gaji pokok;100;100']);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      { line: 9, code: 'payslip.import.unknown_nip', params: { nip: '199912312020121001' } },
    ]);
  });

  it('reports each amount that is not whole non-negative rupiah, with its line', () => {
    const text = csv([
      HEADER,
      `${SITI};pendapatan;GAJI_POKOK;Gaji pokok;1.5;100`,
      `${SITI};pendapatan;TUNJ_ANAK;Tunjangan anak;abc;`,
      `${SITI};potongan;IWP;IWP;-3;`,
      `${BUDI};pendapatan;GAJI_POKOK;Gaji pokok;100;1,5`,
    ]);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      { line: 2, code: 'payslip.import.invalid_amount', params: { column: 'amount', value: '1.5' } },
      { line: 3, code: 'payslip.import.invalid_amount', params: { column: 'amount', value: 'abc' } },
      { line: 4, code: 'payslip.import.invalid_amount', params: { column: 'amount', value: '-3' } },
      { line: 5, code: 'payslip.import.invalid_amount', params: { column: 'net', value: '1,5' } },
    ]);
  });

  it('reports amounts above 2.000.000.000 and accepts exactly that', () => {
    const text = csv([
      HEADER,
      `${SITI};pendapatan;GAJI_POKOK;Gaji pokok;2.000.000.000;2.000.000.000`,
      `${BUDI};pendapatan;GAJI_POKOK;Gaji pokok;2.000.000.001;2.000.000.001`,
    ]);
    const errors = errorsOf(importText('csv-long', text));
    expect(errors.map((e) => [e.line, e.code, e.params.column])).toEqual([
      [3, 'payslip.import.amount_too_large', 'amount'],
      [3, 'payslip.import.amount_too_large', 'net'],
    ]);
    expect(errors[0]?.params.max).toBe(2_000_000_000);
  });

  it('reports a missing column on the header line', () => {
    const text = csv(['nip;kind;code;label;amount', `${SITI};pendapatan;GAJI_POKOK;Gaji pokok;100`]);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      { line: 1, code: 'payslip.import.missing_column', params: { column: 'net' } },
    ]);
  });

  it('reports an employee whose rows come back after another employee', () => {
    const text = csv([
      HEADER,
      `${SITI};pendapatan;GAJI_POKOK;Gaji pokok;100;100`,
      `${BUDI};pendapatan;GAJI_POKOK;Gaji pokok;200;200`,
      `${SITI};pendapatan;TUNJ_ANAK;Tunjangan anak;5;105`,
    ]);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      { line: 4, code: 'payslip.import.duplicate_employee', params: { nip: SITI, firstLine: 2 } },
    ]);
  });

  it('reports a net that differs from earnings minus deductions, with both figures', () => {
    const text = csv([
      HEADER,
      `${SITI};pendapatan;GAJI_POKOK;Gaji pokok;4.000.000;`,
      `${SITI};potongan;IWP;IWP;320.000;3.700.000`,
    ]);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      {
        line: 3,
        code: 'payslip.import.net_mismatch',
        params: { nip: SITI, earnings: 4_000_000, deductions: 320_000, computed: 3_680_000, stated: 3_700_000 },
      },
    ]);
  });

  it('reports nets that disagree between rows and an employee with no net at all', () => {
    const text = csv([
      HEADER,
      `${SITI};pendapatan;GAJI_POKOK;Gaji pokok;100;100`,
      `${SITI};pendapatan;TUNJ_ANAK;Tunjangan anak;0;90`,
      `${BUDI};pendapatan;GAJI_POKOK;Gaji pokok;100;`,
    ]);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      {
        line: 3,
        code: 'payslip.import.net_inconsistent',
        params: { nip: SITI, first: 100, firstLine: 2, value: 90 },
      },
      { line: 4, code: 'payslip.import.missing_net', params: { nip: BUDI } },
    ]);
  });

  it('reports an unknown kind, empty cells, a repeated code and a row with too few cells', () => {
    const text = csv([
      HEADER,
      `${SITI};bonus;GAJI_POKOK;Gaji pokok;100;100`,
      `${SITI};pendapatan;;Tanpa kode;100;`,
      `${BUDI};pendapatan;GAJI_POKOK;Gaji pokok;100;200`,
      `${BUDI};pendapatan;GAJI_POKOK;Gaji pokok lagi;100;`,
      `${WAYAN};pendapatan;GAJI_POKOK;100;100`,
      `;pendapatan;GAJI_POKOK;Gaji pokok;100;100`,
    ]);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      { line: 2, code: 'payslip.import.invalid_kind', params: { value: 'bonus' } },
      { line: 3, code: 'payslip.import.missing_value', params: { column: 'code' } },
      { line: 5, code: 'payslip.import.duplicate_line', params: { nip: BUDI, code: 'GAJI_POKOK' } },
      { line: 6, code: 'payslip.import.column_count', params: { expected: 6, actual: 5 } },
      { line: 7, code: 'payslip.import.missing_value', params: { column: 'nip' } },
    ]);
  });

  it('counts lines inside a quoted multi-line label', () => {
    const text = csv([
      HEADER,
      `${SITI};pendapatan;GAJI_POKOK;"Gaji`,
      `pokok";100;100`,
      `${SITI};potongan;IWP;IWP;x;`,
    ]);
    expect(errorsOf(importText('csv-long', text))).toEqual([
      { line: 4, code: 'payslip.import.invalid_amount', params: { column: 'amount', value: 'x' } },
    ]);
  });

  it('is all or nothing: one bad line means no slip at all', () => {
    const bad = GOOD.map((line, index) => (index === 7 ? line.replace('320.000', '320.00') : line));
    const result = importText('csv-long', csv(bad));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('slips');
    expect(errorsOf(result).map((e) => e.line)).toEqual([8]);
  });

  it('reports an unclosed quote and an empty file', () => {
    expect(errorsOf(importText('csv-long', csv([HEADER, `${SITI};"pendapatan;X;Y;1;1`])))).toEqual([
      { line: 2, code: 'payslip.import.unterminated_quote', params: {} },
    ]);
    expect(errorsOf(importText('csv-long', '\uFEFF\r\n'))).toEqual([
      { line: 0, code: 'payslip.import.empty', params: {} },
    ]);
    expect(errorsOf(importText('csv-long', csv([HEADER])))[0]?.code).toBe('payslip.import.empty');
  });
});
