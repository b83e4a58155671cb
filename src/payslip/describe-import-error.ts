import type { ImportError } from '../domain/payslip/payslip-types';
import type { PayslipImportFormat } from '../domain/payslip/payslip-import';
import { formatRupiah } from '../domain/format';
import type { Language } from '../domain/language';
import { translate } from '../i18n/translate';

/** Numeric params of import errors that are rupiah amounts. */
const AMOUNT_PARAMS = new Set(['earnings', 'deductions', 'computed', 'stated', 'first', 'value', 'max']);

/**
 * One import error as a sentence for the HR officer:
 * "Baris 7: NIP 1990... : penghasilan Rp 5.000.000 dikurangi ...".
 */
export function describeImportError(lang: Language, error: ImportError, format: PayslipImportFormat): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      typeof value === 'number' && AMOUNT_PARAMS.has(name) ? formatRupiah(value) : value,
    ]),
  );
  const message = translate(lang, error.code, params);
  if (error.line === 0) return message;
  const prefix = format === 'json' ? 'payslip.import.at_entry' : 'payslip.import.at_line';
  return translate(lang, prefix, { line: error.line, message });
}
