import { describe, expect, it } from 'vitest';
import { requiredDocument, resolvePolicy } from '../../../src/domain/leave';
import { policy } from './fixtures';

describe('requiredDocument', () => {
  it('follows the CS thresholds: none for 1 day, doctor over 1, government doctor over 14', () => {
    const cs = (days: number) => requiredDocument({ typeCode: 'CS', days, detail: {}, policy });
    expect([cs(1), cs(2), cs(14), cs(15), cs(365)]).toEqual(['NONE', 'DOCTOR', 'DOCTOR', 'GOVERNMENT_DOCTOR', 'GOVERNMENT_DOCTOR']);
  });

  it('asks the health board letter for an extension', () => {
    expect(requiredDocument({ typeCode: 'CS', days: 400, detail: { healthBoardLetter: true }, policy })).toBe('HEALTH_BOARD');
  });

  it('lets an agency always ask a doctor’s letter', () => {
    const strict = resolvePolicy({ sick: { doctorLetterOverDays: 0 } });
    expect(requiredDocument({ typeCode: 'CS', days: 1, detail: {}, policy: strict })).toBe('DOCTOR');
  });

  it('asks a supporting letter for CM and CAP only where the agency wants one', () => {
    expect(requiredDocument({ typeCode: 'CM', days: 90, detail: {}, policy })).toBe('NONE');
    expect(requiredDocument({ typeCode: 'CAP', days: 3, detail: {}, policy })).toBe('NONE');
    const letters = resolvePolicy({ maternity: { supportingLetter: true }, importantReasons: { supportingLetter: true } });
    expect(requiredDocument({ typeCode: 'CM', days: 90, detail: {}, policy: letters })).toBe('SUPPORTING_LETTER');
    expect(requiredDocument({ typeCode: 'CAP', days: 3, detail: {}, policy: letters })).toBe('SUPPORTING_LETTER');
  });

  it('asks nothing for CT, CB or CLTN', () => {
    for (const typeCode of ['CT', 'CB', 'CLTN'] as const) expect(requiredDocument({ typeCode, days: 30, detail: {}, policy })).toBe('NONE');
  });
});
