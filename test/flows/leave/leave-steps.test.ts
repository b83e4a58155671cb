import { describe, expect, it } from 'vitest';
import { leaveDraftSchema } from '../../../flows/leave/leave-draft';
import { nextLeaveStep } from '../../../flows/leave/leave-steps';
import { defaultLeavePolicy, type ExistingRequest } from '../../../src/domain/leave';

const TODAY = '2026-11-27';
const who = { kind: 'PNS' as const, gender: 'F' as const, serviceStart: '2010-03-01' };
/** The draft as the engine hands it to a step: parsed, or afresh when broken. */
const readDraft = (data: Record<string, unknown>) => leaveDraftSchema.safeParse(data).data ?? leaveDraftSchema.parse({});
const next = (data: Record<string, unknown>, existing: ExistingRequest[] = [], hardToReach = false) =>
  nextLeaveStep(readDraft(data), defaultLeavePolicy, TODAY, { hardToReach, existing, phone: null });
/** Dates answered, at home (not abroad). */
const dated = { who, start: '2027-01-11', end: '2027-01-13', fullDays: 3, detail: { abroad: false } };

describe('nextLeaveStep', () => {
  it('asks the first open question of the draft', () => {
    expect(next({})).toBe('type');
    expect(next({ type: 'CT', who })).toBe('dates');
    expect(next({ type: 'CT', ...dated, detail: {} })).toBe('abroad');
    expect(next({ type: 'CT', ...dated })).toBe('reason');
    expect(next({ type: 'CT', ...dated, reason: 'acara' })).toBe('address');
    expect(next({ type: 'CT', ...dated, reason: 'acara', address: 'Serang' })).toBe('phone');
    expect(next({ type: 'CT', ...dated, reason: 'acara', address: 'Serang', phone: '081234567890' })).toBe('summary');
    expect(next({ type: 'CT', ...dated, reason: 'acara', address: 'Serang', phone: null })).toBe('summary');
    const onRecord = { hardToReach: false, existing: [], phone: '6281234567890' };
    expect(nextLeaveStep(readDraft({ type: 'CT', ...dated, reason: 'acara', address: 'Serang' }), defaultLeavePolicy, TODAY, onRecord)).toBe('summary');
  });

  it('asks abroad of every type but sick leave, and applies the 30 days’ notice abroad', () => {
    for (const type of ['CT', 'CB', 'CM', 'CAP', 'CLTN']) expect(next({ type, ...dated, detail: {} })).toBe('abroad');
    expect(next({ type: 'CS', ...dated, detail: {} })).toBe('sick_kind');
    const inThreeWeeks = { who, start: '2026-12-18', end: '2026-12-18', fullDays: 1, halfDay: 'FULL' };
    expect(next({ type: 'CT', ...inThreeWeeks, detail: { abroad: false } })).toBe('reason');
    expect(next({ type: 'CT', ...inThreeWeeks, detail: { abroad: true } })).toBe('emergency');
    expect(next({ type: 'CT', ...inThreeWeeks, detail: { abroad: true, emergency: true } })).toBe('reason');
  });

  it('asks travel days of annual leave where the employee’s place is hard to reach', () => {
    expect(next({ type: 'CT', ...dated }, [], true)).toBe('travel_days');
    expect(next({ type: 'CT', ...dated, detail: { abroad: false, travelDays: 0 } }, [], true)).toBe('reason');
    expect(next({ type: 'CAP', ...dated, detail: { abroad: false, capReason: 'MARRIAGE' } }, [], true)).toBe('reason');
    expect(next({ type: 'CT', ...dated })).toBe('reason');
  });

  it('asks the health board’s letter where sick leave runs past the year a doctor’s letter covers', () => {
    const sick = { type: 'CS', who, detail: { sickKind: 'ILLNESS' } };
    const year = { ...sick, start: '2026-11-27', end: '2027-11-26', fullDays: 365 };
    expect(next(year)).toBe('reason');
    expect(next({ ...year, end: '2027-12-31', fullDays: 400 })).toBe('health_board');
    expect(next({ ...year, end: '2027-12-31', fullDays: 400, detail: { sickKind: 'WORK_ACCIDENT' } })).toBe('reason');
    expect(next({ ...year, end: '2027-12-31', fullDays: 400, who: { ...who, kind: 'PPPK' } })).toBe('reason');
    const earlier: ExistingRequest = { ref: 'CS-2026-000001', typeCode: 'CS', status: 'APPROVED', start: '2026-01-05', end: '2026-11-25', days: 325, detail: { sickKind: 'ILLNESS' } };
    const more = { ...sick, start: '2026-11-27', end: '2027-02-26', fullDays: 92 };
    expect(next(more)).toBe('reason');
    expect(next(more, [earlier])).toBe('health_board');
    const later = { ...more, detail: { sickKind: 'ILLNESS', healthBoardLetter: true }, reason: 'sakit', address: 'Serang', phone: null };
    expect(next({ ...later, documentLater: true }, [earlier])).toBe('summary');
    expect(next(later, [earlier])).toBe('document');
  });

  it('asks the half day only for a single day of annual leave', () => {
    const single = { who, start: '2027-01-11', end: '2027-01-11', fullDays: 1, detail: { abroad: false } };
    expect(next({ type: 'CT', ...single })).toBe('half_day');
    expect(next({ type: 'CT', ...single, halfDay: 'MORNING' })).toBe('reason');
    expect(next({ type: 'CS', ...single, detail: { sickKind: 'ILLNESS' } })).toBe('reason');
  });

  it('asks whether a short notice is an emergency, once', () => {
    const soon = { who, start: '2026-11-30', end: '2026-12-01', fullDays: 2, detail: { abroad: false } };
    expect(next({ type: 'CT', ...soon })).toBe('emergency');
    expect(next({ type: 'CT', ...soon, detail: { abroad: false, emergency: true } })).toBe('reason');
  });

  it('asks each type its own detail', () => {
    expect(next({ type: 'CAP', ...dated })).toBe('cap_reason');
    expect(next({ type: 'CM', ...dated })).toBe('child_order');
    expect(next({ type: 'CB', ...dated, start: '2027-02-01', end: '2027-02-28' })).toBe('first_hajj');
    expect(next({ type: 'CS', ...dated })).toBe('sick_kind');
    expect(next({ type: 'CT', ...dated, who: { ...who, kind: 'PPPK', serviceStart: '2026-06-01' } })).toBe('early_reason');
    expect(next({ type: 'CT', ...dated, who: { ...who, kind: 'PPPK', serviceStart: '2025-06-01' } })).toBe('reason');
  });

  it('asks for the doctor’s letter of sick leave over one day, until one is attached', () => {
    const sick = { type: 'CS', ...dated, detail: { sickKind: 'ILLNESS' }, reason: 'demam', address: 'Serang', phone: null };
    expect(next(sick)).toBe('document');
    expect(next({ ...sick, documentIds: [7], documentNames: ['surat.pdf'] })).toBe('summary');
    expect(next({ ...sick, end: '2027-01-11', fullDays: 1 })).toBe('summary');
  });

  it('starts afresh from a broken draft', () => {
    expect(next({ type: 'XX', start: 'soon' })).toBe('type');
  });
});

