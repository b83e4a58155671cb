import { describe, expect, it } from 'vitest';
import { describeImportError } from '../../src/payslip/describe-import-error';

describe('describeImportError', () => {
  it('prefixes the CSV line and formats the rupiah figures', () => {
    const error = {
      line: 7,
      code: 'payslip.import.net_mismatch' as const,
      params: { nip: '199008172015032001', earnings: 4_000_000, deductions: 320_000, computed: 3_680_000, stated: 3_700_000 },
    };
    expect(describeImportError('id', error, 'csv-wide')).toBe(
      'Baris 7: NIP 199008172015032001: penghasilan Rp 4.000.000 dikurangi potongan Rp 320.000 = Rp 3.680.000, ' +
        'tetapi gaji bersih tertulis Rp 3.700.000.',
    );
    expect(describeImportError('en', error, 'csv-long')).toMatch(/^Line 7: NIP 199008172015032001: earnings Rp 4\.000\.000/);
  });

  it('keeps the text of a refused amount as it was written', () => {
    const error = { line: 3, code: 'payslip.import.invalid_amount' as const, params: { column: 'iwp', value: '1.5' } };
    expect(describeImportError('id', error, 'csv-wide')).toBe(
      'Baris 3: Nilai "1.5" pada kolom "iwp" bukan rupiah utuh (contoh: 4250300 atau 4.250.300).',
    );
  });

  it('numbers JSON entries and leaves whole-file errors without a prefix', () => {
    const unknown = { line: 2, code: 'payslip.import.unknown_nip' as const, params: { nip: '1' } };
    expect(describeImportError('id', unknown, 'json')).toBe('Data ke-2: NIP 1 tidak terdaftar.');
    const empty = { line: 0, code: 'payslip.import.empty' as const, params: {} };
    expect(describeImportError('en', empty, 'csv-long')).toBe('The file is empty: no data rows.');
  });
});
