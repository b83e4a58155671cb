import { describe, expect, it } from 'vitest';
import { maskNip } from '../../../src/domain/payslip/mask-nip';

describe('maskNip', () => {
  it('keeps the first and last 4 digits of an 18-digit NIP', () => {
    expect(maskNip('199001012015031001')).toBe('1990**********1001');
    expect(maskNip('199001012015031001')).toHaveLength(18);
  });

  it('shows less of a shorter number and nothing of a tiny one', () => {
    expect(maskNip('12345678')).toBe('12****78');
    expect(maskNip('123')).toBe('***');
    expect(maskNip('')).toBe('');
  });
});
