import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../src/domain/payslip/parse-csv';

function records(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`unterminated quote on line ${parsed.line}`);
  return parsed.records;
}

describe('parseCsv', () => {
  it('splits on commas and LF', () => {
    expect(records('a,b\n1,2\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('drops a leading BOM and reads CRLF and lone CR line ends', () => {
    expect(records('\uFEFFnip;net\r\n1;2\r3;4')).toEqual([
      { line: 1, cells: ['nip', 'net'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'a;b\n"x; y";"say ""hi"""\n"two\r\nlines";z\nlast;row';
    expect(records(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x; y', 'say "hi"'] },
      { line: 3, cells: ['two\r\nlines', 'z'] },
      { line: 5, cells: ['last', 'row'] },
    ]);
  });

  it('keeps empty fields, including a trailing one and an empty quoted one', () => {
    expect(records('a,,""\n,x,')).toEqual([
      { line: 1, cells: ['a', '', ''] },
      { line: 2, cells: ['', 'x', ''] },
    ]);
  });

  it('keeps a quote that is not at the start of a field as text', () => {
    expect(records('a,b\n5" disk,x')[1]?.cells).toEqual(['5" disk', 'x']);
  });

  it('reports the line where an unclosed quote starts', () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5')).toEqual({ ok: false, line: 3 });
  });
});

describe('detectDelimiter', () => {
  it('picks the more frequent of ; and , in the first line, outside quotes', () => {
    expect(detectDelimiter('nip;kind;"a,b,c"\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('nip,kind,"a;b;c"\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
});
