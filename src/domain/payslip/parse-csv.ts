/**
 * A small RFC 4180 reader for payroll exports. Handles a leading BOM, CRLF,
 * LF or CR line ends, quoted fields (with delimiters, line breaks and doubled
 * quotes inside), and picks `;` or `,` as the delimiter from the first line
 * (Indonesian spreadsheets usually export with `;`). A quote inside an
 * unquoted field is kept as text.
 */
export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  line: number;
  cells: string[];
}

export type CsvParse =
  | { ok: true; delimiter: string; records: CsvRecord[] }
  | { ok: false; line: number };

export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons += 1;
    else if (!quoted && ch === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && cell === '') {
      const close = readQuoted(text, i + 1);
      if (close === null) return { ok: false, line: recordLine };
      cell = close.value;
      line += close.newlines;
      i = close.end;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, delimiter, records };
}

/** Reads a quoted field whose content starts at `start`; null when never closed. */
function readQuoted(text: string, start: number): { value: string; end: number; newlines: number } | null {
  let value = '';
  let newlines = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, end: i + 1, newlines };
    }
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) newlines += 1;
    value += ch;
    i += 1;
  }
  return null;
}
