import { describe, expect, it } from 'vitest';
import { type LeaveSummary, renderLeaveSummary } from '../../../src/conversation/render/leave-summary';
import { renderProgress } from '../../../src/conversation/render/leave-request-lines';
import type { StepSummary } from '../../../src/services/leave/contract';
import { translate } from '../../../src/i18n/translate';

const t = (key: string, params?: Record<string, string | number>) => translate('id', key, params);
const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const summary: LeaveSummary = {
  typeCode: 'CT', start: '2026-12-14', end: '2026-12-16', halfDay: null, days: 3, unit: 'WORKING_DAYS', detail: {},
  reason: 'acara keluarga', address: 'Serang', documentKey: null, documentNames: [], balance: { year: 2026, available: 8.5 },
};

describe('renderLeaveSummary', () => {
  it('puts every fact of the request on one card, with the balance after it', () => {
    expect(renderLeaveSummary(summary, t, 'id')).toBe([
      'Ringkasan pengajuan cuti:',
      '• Jenis: Cuti Tahunan',
      '• Tanggal: 14-16 Des 2026',
      '• Lama: 3 hari kerja',
      '• Alasan: acara keluarga',
      '• Alamat selama cuti: Serang',
      '• Sisa cuti tahunan 2026: 8,5 hari, setelah cuti ini 5,5 hari',
    ].join('\n'));
  });

  it('warns when the balance does not cover the request', () => {
    const text = renderLeaveSummary({ ...summary, days: 10 }, t, 'id');
    expect(text).toContain('setelah cuti ini 0 hari\n⚠️ Sisa cuti tahunan 2026 tidak cukup untuk pengajuan ini.');
  });

  it('shows type details, a half day and the attached letter, in English too', () => {
    const text = renderLeaveSummary({
      ...summary, typeCode: 'CS', unit: 'CALENDAR_DAYS', detail: { sickKind: 'WORK_ACCIDENT' }, balance: null,
      documentKey: 'leave.document.DOCTOR', documentNames: ['surat.pdf'],
    }, en, 'en');
    expect(text).toContain('• Length: 3 calendar days');
    expect(text).toContain('• Kind: Work accident');
    expect(text).toContain('• Document: Doctor’s letter (surat.pdf)');
    const half = renderLeaveSummary({ ...summary, start: '2026-12-14', end: '2026-12-14', halfDay: 'AFTERNOON', days: 0.5 }, t, 'id');
    expect(half).toContain('• Waktu: Setengah hari, siang\n• Lama: 0,5 hari kerja');
  });
});

describe('renderProgress', () => {
  const step = (overrides: Partial<StepSummary>): StepSummary => ({
    order: 1, role: 'SUPERVISOR', approverId: 1, approverName: 'Budi', delegateId: null, delegateName: null, status: 'PENDING',
    decision: null, note: null, decidedByName: null, decidedAt: null, changedStart: null, changedEnd: null, activatedAt: null, ...overrides,
  });

  it('names who the request waits for, and the step out of all', () => {
    const steps = [step({ status: 'DECIDED', decision: 'APPROVE' }), step({ order: 2, role: 'OFFICIAL', approverName: 'Wati', delegateName: 'Eko' })];
    expect(renderProgress({ status: 'PENDING', steps }, t)).toBe('Menunggu persetujuan: Eko (pejabat berwenang, tahap 2 dari 2)');
    expect(renderProgress({ status: 'APPROVED', steps }, t)).toBe('Disetujui');
  });
});
