import { formatPeriod } from '../../domain/format';
import type { Language } from '../../domain/language';
import { type PayslipPasswordRule, payslipCaptionKey } from '../../domain/payslip/payslip-password';
import { translate } from '../../i18n/translate';

/** The text sent with a slip: the month and how to open the locked PDF. */
export function payslipCaption(period: string, rule: PayslipPasswordRule, lang: Language): string {
  return translate(lang, payslipCaptionKey(rule), { period: formatPeriod(period, lang) });
}
