import { describe, expect, it } from 'vitest';
import { maskName } from '../../../src/domain/payslip/mask-name';

describe('maskName', () => {
  it('keeps the first letter of each word and stars the rest', () => {
    expect(maskName('Siti Rahmawati')).toBe('S*** R********');
    expect(maskName('  Ahmad   Hidayat ')).toBe('A**** H******');
  });

  it('keeps punctuation of titles and degrees, and letters beyond ASCII', () => {
    expect(maskName('Siti Rahmawati, S.Kom.')).toBe('S*** R********, S.***.');
    expect(maskName("Ni Luh Putu Ayu D'Arcy")).toBe("N* L** P*** A** D'****");
    expect(maskName('Élise Gunawan')).toBe('É**** G******');
  });

  it('never shows more than one letter or digit per word', () => {
    const masked = maskName('Budi Santoso 2');
    expect(masked).toBe('B*** S****** 2');
    expect(masked.replace(/\*/g, '')).toHaveLength('B S 2'.length);
  });
});
