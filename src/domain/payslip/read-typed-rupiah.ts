import { checkRupiahAmount } from './rupiah-amount';

const GROUPED = [/^\d+$/, /^\d{1,3}(\.\d{3})+$/, /^\d{1,3}(,\d{3})+$/, /^\d{1,3}( \d{3})+$/];

/**
 * A rupiah amount as a person types it from a printed slip: "4.250.300",
 * "Rp 4.250.300", "Rp4.250.300,00", "Rp 4.250.300,-", "4250300",
 * "4,250,300.00", "4 250 300". Thousands are grouped by dots, commas or
 * spaces in threes; a trailing ",00"/".00" or ",-" is dropped. Anything else
 * (sen, "4.25", letters) is null rather than a guess.
 */
export function readTypedRupiah(text: string): number | null {
  const bare = text
    .normalize('NFKC')
    .trim()
    .replace(/^(rp|idr)\.?\s*/i, '')
    .replace(/([.,]-|[.,]0{1,2})$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!GROUPED.some((pattern) => pattern.test(bare))) return null;
  const check = checkRupiahAmount(Number(bare.replace(/[., ]/g, '')));
  return check.ok ? check.amount : null;
}
