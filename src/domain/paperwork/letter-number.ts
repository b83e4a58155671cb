/** The placeholders a letter number format may use; `{n}` is required. */
export const LETTER_NUMBER_PLACEHOLDERS = ['n', 'year', 'month', 'agency'] as const;

/** The default number: a classification code, the count, the agency and the year; each agency sets its own (LETTER_NUMBER_FORMAT). */
export const DEFAULT_LETTER_NUMBER_FORMAT = '800.1.11.4/{n}/{agency}/{year}';

/** How the agency numbers its letters: the format, and which level of the unit tree keeps its own count. */
export interface LetterNumbering {
  format: string;
  agencyLevel: number;
}

export const DEFAULT_LETTER_NUMBERING: LetterNumbering = { format: DEFAULT_LETTER_NUMBER_FORMAT, agencyLevel: 0 };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Whether `format` names the sequence and only known placeholders. */
export function isLetterNumberFormat(format: string): boolean {
  const names = [...format.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  return names.includes('n') && names.every((n) => (LETTER_NUMBER_PLACEHOLDERS as readonly string[]).includes(n));
}

/**
 * The agency's letter number, e.g. "800.1.11.4/17/BKPSDM/XII/2026" from
 * "800.1.11.4/{n}/{agency}/{month}/{year}": `n` the sequence of the agency's
 * year, `month` in Roman numerals as Indonesian letters write it.
 */
export function formatLetterNumber(format: string, parts: { n: number; year: number; month: number; agency: string }): string {
  const values: Record<string, string> = {
    n: String(parts.n),
    year: String(parts.year),
    month: ROMAN[parts.month - 1] ?? String(parts.month),
    agency: parts.agency,
  };
  return format.replace(/\{([^}]*)\}/g, (whole, name: string) => values[name] ?? whole);
}
