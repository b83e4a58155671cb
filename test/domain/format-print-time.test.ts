import { describe, expect, it } from 'vitest';
import { formatPrintTime } from '../../src/domain/format-print-time';

describe('formatPrintTime', () => {
  it('prints the instant in Jakarta time', () => {
    expect(formatPrintTime(new Date('2026-11-27T03:02:00Z'))).toBe('27 Nov 2026 10:02 WIB');
    expect(formatPrintTime(new Date('2026-12-31T17:05:00Z'))).toBe('1 Jan 2027 00:05 WIB');
    expect(formatPrintTime(new Date('2026-08-16T23:59:00Z'), 'en')).toBe('17 Aug 2026 06:59 WIB');
  });
});
