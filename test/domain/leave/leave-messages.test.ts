import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_REQUIREMENTS,
  LEAVE_ERROR_CODES,
  LEAVE_STATUSES,
  LEAVE_TYPE_CODES,
  defaultLeavePolicy,
  leaveError,
  leaveErrorParams,
  toAppError,
} from '../../../src/domain/leave';
import { catalog } from '../../../src/i18n/messages';
import { leaveMessages } from '../../../src/i18n/messages/leave';
import { translate } from '../../../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('leave message catalogue', () => {
  const keys = [
    ...LEAVE_ERROR_CODES,
    ...LEAVE_TYPE_CODES.map((c) => `leave.type.${c}`),
    ...DOCUMENT_REQUIREMENTS.map((d) => `leave.document.${d}`),
    ...LEAVE_STATUSES.map((s) => `leave.status.${s}`),
    ...defaultLeavePolicy.importantReasons.reasons.map((r) => `leave.reason.${r}`),
    ...defaultLeavePolicy.annual.pppkEarlyReasons.map((r) => `leave.reason.${r}`),
    'leave.sick.ILLNESS',
    'leave.sick.MISCARRIAGE',
    'leave.sick.WORK_ACCIDENT',
  ];

  it.each(keys)('has %s in Indonesian and English with the same placeholders', (key) => {
    const entry = (leaveMessages as Record<string, { id: string; en: string }>)[key];
    expect(entry).toBeDefined();
    expect(entry?.id.trim()).not.toBe('');
    expect(entry?.en.trim()).not.toBe('');
    expect(placeholders(entry?.id ?? '')).toEqual(placeholders(entry?.en ?? ''));
  });

  it('is merged into the bot catalogue', () => {
    expect(catalog['leave.insufficient_balance']).toEqual(leaveMessages['leave.insufficient_balance']);
  });

  it('names the types', () => {
    expect(translate('id', 'leave.type.CT')).toBe('Cuti Tahunan');
    expect(translate('id', 'leave.type.CBERSAMA')).toBe('Cuti Bersama');
    expect(translate('en', 'leave.type.CB')).toBe('Long leave');
  });
});

describe('leaveErrorParams', () => {
  it('reads naturally in Indonesian with half days and dates', () => {
    const error = leaveError('leave.insufficient_balance', { available: 2.5, requested: 5, year: 2026 });
    expect(translate('id', error.code, leaveErrorParams(error, 'id'))).toBe('Sisa cuti tahunan Anda 2,5 hari, permintaan 5 hari kerja.');
    expect(translate('en', error.code, leaveErrorParams(error, 'en'))).toBe(
      'You have 2.5 days of annual leave left; this request takes 5 working days.',
    );
  });

  it('formats ISO days as "17 Jun 2026"', () => {
    const error = leaveError('leave.notice_too_short', { days: 7, earliest: '2026-06-17' });
    expect(translate('id', error.code, leaveErrorParams(error, 'id'))).toBe(
      'Cuti ini harus diajukan paling lambat 7 hari sebelum tanggal mulai. Tanggal mulai paling cepat 17 Jun 2026.',
    );
    expect(leaveErrorParams(leaveError('leave.overlap', { start: '2026-12-24', end: '2026-12-25', ref: '' }), 'en')).toEqual({
      start: '24 Dec 2026',
      end: '25 Dec 2026',
      ref: '',
    });
  });

  it('turns into an AppError with the same code and params', () => {
    const appError = toAppError(leaveError('leave.overlap', { start: '2026-07-01', end: '2026-07-02', ref: 'CT-1' }));
    expect(appError.code).toBe('leave.overlap');
    expect(appError.params).toEqual({ start: '2026-07-01', end: '2026-07-02', ref: 'CT-1' });
  });
});
