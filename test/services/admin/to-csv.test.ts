import { describe, expect, it } from 'vitest';
import { monthBounds } from '../../../src/services/leave/export-month-leave';
import { toCsv } from '../../../src/services/admin/to-csv';
import { unitSubtree } from '../../../src/services/admin/unit-subtree';

describe('toCsv', () => {
  it('quotes delimiters, quotes and line breaks, and defuses formulas', () => {
    const csv = toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['=HYPERLINK("evil")', 2.5], ['-1', null], ['line\nbreak', true]]);
    expect(csv).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"\'=HYPERLINK(""evil"")",2.5\r\n\'-1,\r\n"line\nbreak",true\r\n');
  });
});

describe('monthBounds', () => {
  it('gives the first and last day of a month, leap years included', () => {
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' });
  });
});

describe('unitSubtree', () => {
  it('lists a unit and everything below it, and survives a loop', () => {
    const units = [
      { id: 1, parentId: null }, { id: 2, parentId: 1 }, { id: 3, parentId: 2 }, { id: 4, parentId: 1 }, { id: 5, parentId: null },
      { id: 6, parentId: 7 }, { id: 7, parentId: 6 },
    ];
    expect(unitSubtree(units, 1).sort()).toEqual([1, 2, 3, 4]);
    expect(unitSubtree(units, 2).sort()).toEqual([2, 3]);
    expect(unitSubtree(units, 6).sort()).toEqual([6, 7]);
  });
});
