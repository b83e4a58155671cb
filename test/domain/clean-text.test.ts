import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText } from '../../src/domain/clean-text';

describe('cleanText', () => {
  it('drops NUL and the other control characters, keeps tabs, line breaks and every letter', () => {
    expect(cleanText('Jl. Veteran\u0000 No. 5\u0007, Serang\u001b[0m\u007f\u0085')).toBe('Jl. Veteran No. 5, Serang[0m');
    expect(cleanText('baris 1\r\nbaris 2\tkolom')).toBe('baris 1\r\nbaris 2\tkolom');
    expect(cleanText('Siti Nur’aini — café 👍 حسن')).toBe('Siti Nur’aini — café 👍 حسن');
  });

  it('cleans every string of plain data, keys too, and leaves buffers and dates alone', () => {
    const content = Buffer.from([0, 1, 2]);
    const at = new Date('2026-12-07T00:00:00Z');
    const cleaned = cleanStrings({ 'a\u0000b': ['x\u0000', 1, null, { note: '\u0000ok' }], content, at, yes: true });
    expect(cleaned).toEqual({ ab: ['x', 1, null, { note: 'ok' }], content, at, yes: true });
    expect(cleaned.content).toBe(content);
    expect(cleanStrings('\u0000')).toBe('');
    function Dictionary() {}
    Dictionary.prototype = Object.create(null);
    const query = Object.assign(new (Dictionary as unknown as new () => Record<string, unknown>)(), { q: 'a\u0000b' });
    expect(cleanStrings(query)).toEqual({ q: 'ab' });
    expect(cleanStrings(undefined)).toBeUndefined();
  });
});
