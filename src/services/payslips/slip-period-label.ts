import { formatPeriod } from '../../domain/format';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import type { PayslipKind } from './payroll-period';

/** The month as the slip's messages name it: "November 2026", or "TPP November 2026" for a TPP slip. */
export function slipPeriodLabel(period: string, kind: PayslipKind, lang: Language): string {
  const month = formatPeriod(period, lang);
  return kind === 'TPP' ? translate(lang, 'payslip.kind.tpp_period', { period: month }) : month;
}

/** The words a slip's messages name it with: {slip} ("Slip gaji", "Slip TPP"; "payslip", "TPP slip") and {period}, the month. */
export function slipWords(period: string, kind: PayslipKind, lang: Language): { slip: string; period: string } {
  return { slip: translate(lang, `payslip.kind.name.${kind}`), period: formatPeriod(period, lang) };
}
