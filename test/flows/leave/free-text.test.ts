import { describe, expect, it } from 'vitest';
import { cleanFreeText, freeTextSchema } from '../../../flows/leave/free-text';

describe('free text answers', () => {
  it('drops control and invisible characters and tidies spaces, keeping lines', () => {
    expect(cleanFreeText('  acara\u0000 keluarga\u200b\t di  Bandung \r\n\r\n Jl. A  ')).toBe('acara keluarga di Bandung\nJl. A');
    expect(cleanFreeText('\u202eevil\u202c')).toBe('evil');
  });

  it('wants min to max characters with a letter or a digit', () => {
    const reason = freeTextSchema(3, 10);
    expect(reason.safeParse('ok').success).toBe(false);
    expect(reason.safeParse('!!! ???').success).toBe(false);
    expect(reason.safeParse('a'.repeat(11)).success).toBe(false);
    expect(reason.safeParse(' sakit  gigi ').data).toBe('sakit gigi');
    expect(reason.safeParse('🤒 demam').data).toBe('🤒 demam');
  });
});
