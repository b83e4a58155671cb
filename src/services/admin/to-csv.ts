export type CsvCell = string | number | boolean | null | undefined;

/** A cell as a spreadsheet cannot run it: text starting with = + - @ (or a tab / CR) is kept as text. */
function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (comma, CRLF), with a BOM so spreadsheets read UTF-8 names correctly. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((row) => row.map((v) => quote(cellText(v))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
