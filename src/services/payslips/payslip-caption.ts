import type { Language } from '../../domain/language';
import { type PayslipPasswordRule, payslipCaptionKey } from '../../domain/payslip/payslip-password';
import { translate } from '../../i18n/translate';
import { DEFAULT_PAYSLIP_KIND, type PayslipKind } from './payroll-period';
import { slipWords } from './slip-period-label';

/** The text sent with a slip: the month and how to open the locked PDF. */
export function payslipCaption(period: string, rule: PayslipPasswordRule, lang: Language, kind: PayslipKind = DEFAULT_PAYSLIP_KIND): string {
  return translate(lang, payslipCaptionKey(rule), slipWords(period, kind, lang));
}
