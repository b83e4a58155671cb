import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDE_MAPPING, type WideMapping } from '../../../src/domain/payslip/payslip-import';
import { BUDI, csv, errorsOf, importText, SITI, slipsOf } from './payslip-import-fixtures';

const HEADER =
  'NIP;Nama;Gaji Pokok;Tunj Istri;Tunj Anak;Tunj Umum;Tunj Beras;Pembulatan;IWP;BPJS;Tapera;PPh21;Net';

describe('importPayslips, CSV wide form with the default PNS mapping', () => {
  it('turns each component column into a line, skipping blank and zero cells', () => {
    const text = csv([
      HEADER,
      `${SITI};"Rahmawati; Siti";3.500.000;350.000;140.000;185.000;289.680;20;159.200;39.800;15.400;;4.250.300`,
      `${BUDI};Budi Santoso;4.000.000;0;;185.000;;;320.000;40.000;;0;3.825.000`,
    ]);
    const [siti, budi] = slipsOf(importText('csv-wide', text));
    expect(siti).toMatchObject({ nip: SITI, earnings: 4_464_700, deductions: 214_400, net: 4_250_300 });
    expect(siti?.lines.map((l) => l.code)).toEqual([
      'GAJI_POKOK', 'TUNJ_ISTRI', 'TUNJ_ANAK', 'TUNJ_UMUM', 'TUNJ_BERAS', 'PEMBULATAN', 'IWP', 'BPJS', 'TAPERA',
    ]);
    expect(siti?.lines[1]).toEqual({
      kind: 'EARNING', code: 'TUNJ_ISTRI', label: 'Tunjangan istri/suami', amount: 350_000, position: 2,
    });
    expect(siti?.lines[6]).toMatchObject({ kind: 'DEDUCTION', code: 'IWP', amount: 159_200, position: 7 });
    expect(budi?.lines.map((l) => [l.code, l.amount])).toEqual([
      ['GAJI_POKOK', 4_000_000],
      ['TUNJ_UMUM', 185_000],
      ['IWP', 320_000],
      ['BPJS', 40_000],
    ]);
  });

  it('covers every component RULES.md lists', () => {
    const codes = Object.values(DEFAULT_WIDE_MAPPING.columns).map((c) => `${c.kind}:${c.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'EARNING:GAJI_POKOK', 'EARNING:TUNJ_ISTRI', 'EARNING:TUNJ_ANAK', 'EARNING:TUNJ_UMUM', 'EARNING:TUNJ_JABATAN',
        'EARNING:TUNJ_BERAS', 'EARNING:TUNJ_KHUSUS', 'EARNING:TUNJ_PPH', 'EARNING:PEMBULATAN', 'DEDUCTION:IWP',
        'DEDUCTION:BPJS', 'DEDUCTION:TAPERA', 'DEDUCTION:PPH21', 'DEDUCTION:SEWA_RUMAH', 'DEDUCTION:UTANG',
      ]),
    );
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('refuses a column it cannot map and a missing net column, on the header line', () => {
    const text = csv(['nip,gaji_pokok,tunj_transport', `${SITI},100,5`]);
    expect(errorsOf(importText('csv-wide', text))).toEqual([
      { line: 1, code: 'payslip.import.missing_column', params: { column: 'net' } },
      { line: 1, code: 'payslip.import.unknown_column', params: { column: 'tunj_transport' } },
    ]);
  });

  it('reports a repeated column', () => {
    const text = csv(['nip,gaji_pokok,Gaji Pokok,net', `${SITI},100,100,200`]);
    expect(errorsOf(importText('csv-wide', text))).toEqual([
      { line: 1, code: 'payslip.import.duplicate_column', params: { column: 'gaji_pokok' } },
    ]);
  });

  it('reports every bad row with its line: duplicate, bad amount, empty net, mismatch, unknown NIP', () => {
    const text = csv([
      'nip,gaji_pokok,iwp,net',
      `${SITI},4.000.000,320.000,3.680.000`,
      `${BUDI},4.000.000,abc,3.680.000`,
      `${SITI},4.000.000,320.000,3.680.000`,
      '199912312020121001,100,0,100',
      `${BUDI.slice(0, 17)}9,100,,`,
      `198501012010011003,100,10,100`,
    ]);
    expect(errorsOf(importText('csv-wide', text, { knownNips: new Set([SITI, BUDI, '198501012010011003']) }))).toEqual([
      { line: 3, code: 'payslip.import.invalid_amount', params: { column: 'iwp', value: 'abc' } },
      { line: 4, code: 'payslip.import.duplicate_employee', params: { nip: SITI, firstLine: 2 } },
      { line: 5, code: 'payslip.import.unknown_nip', params: { nip: '199912312020121001' } },
      { line: 6, code: 'payslip.import.missing_value', params: { column: 'net' } },
      { line: 6, code: 'payslip.import.unknown_nip', params: { nip: `${BUDI.slice(0, 17)}9` } },
      {
        line: 7,
        code: 'payslip.import.net_mismatch',
        params: { nip: '198501012010011003', earnings: 100, deductions: 10, computed: 90, stated: 100 },
      },
    ]);
  });

  it('refuses a slip with no component at all', () => {
    expect(errorsOf(importText('csv-wide', csv(['nip,gaji_pokok,net', `${SITI},0,0`])))).toEqual([
      { line: 2, code: 'payslip.import.empty_slip', params: { nip: SITI } },
    ]);
  });
});

describe('importPayslips, CSV wide form with a custom mapping', () => {
  const mapping: WideMapping = {
    nipColumn: 'NIP Pegawai',
    netColumn: 'Gaji Bersih',
    columns: {
      'TPP Beban Kerja': { kind: 'EARNING', code: 'TPP_BK', label: 'TPP beban kerja' },
      'Potongan PPh': { kind: 'DEDUCTION', code: 'PPH21', label: 'PPh 21 TPP' },
    },
    ignoredColumns: ['Keterangan'],
  };

  it('uses the given column names, normalised', () => {
    const text = csv(['nip_pegawai;tpp_beban_kerja;potongan_pph;gaji_bersih;keterangan', `${SITI};2.000.000;100.000;1.900.000;ok`]);
    expect(slipsOf(importText('csv-wide', text, { mapping }))).toEqual([
      {
        nip: SITI,
        earnings: 2_000_000,
        deductions: 100_000,
        net: 1_900_000,
        lines: [
          { kind: 'EARNING', code: 'TPP_BK', label: 'TPP beban kerja', amount: 2_000_000, position: 1 },
          { kind: 'DEDUCTION', code: 'PPH21', label: 'PPh 21 TPP', amount: 100_000, position: 2 },
        ],
      },
    ]);
  });

  it('no longer knows the default columns', () => {
    const text = csv(['nip_pegawai;gaji_pokok;gaji_bersih', `${SITI};100;100`]);
    expect(errorsOf(importText('csv-wide', text, { mapping }))[0]).toMatchObject({
      code: 'payslip.import.unknown_column',
      params: { column: 'gaji_pokok' },
    });
  });
});
