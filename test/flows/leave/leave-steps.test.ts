import { describe, expect, it } from 'vitest';
import { leaveDraftSchema } from '../../../flows/leave/leave-draft';
import { nextLeaveStep } from '../../../flows/leave/leave-steps';
import { defaultLeavePolicy } from '../../../src/domain/leave';

const TODAY = '2026-11-27';
const who = { kind: 'PNS' as const, gender: 'F' as const, serviceStart: '2010-03-01' };
/** The draft as the engine hands it to a step: parsed, or afresh when broken. */
const readDraft = (data: Record<string, unknown>) => leaveDraftSchema.safeParse(data).data ?? leaveDraftSchema.parse({});
const next = (data: Record<string, unknown>) => nextLeaveStep(readDraft(data), defaultLeavePolicy, TODAY);
const dated = { who, start: '2027-01-11', end: '2027-01-13', fullDays: 3 };

describe('nextLeaveStep', () => {
  it('asks the first open question of the draft', () => {
    expect(next({})).toBe('type');
    expect(next({ type: 'CT', who })).toBe('dates');
    expect(next({ type: 'CT', ...dated })).toBe('reason');
    expect(next({ type: 'CT', ...dated, reason: 'acara' })).toBe('address');
    expect(next({ type: 'CT', ...dated, reason: 'acara', address: 'Serang' })).toBe('summary');
  });

  it('asks the half day only for a single day of annual leave', () => {
    const single = { who, start: '2027-01-11', end: '2027-01-11', fullDays: 1 };
    expect(next({ type: 'CT', ...single })).toBe('half_day');
    expect(next({ type: 'CT', ...single, halfDay: 'MORNING' })).toBe('reason');
    expect(next({ type: 'CS', ...single, detail: { sickKind: 'ILLNESS' } })).toBe('reason');
  });

  it('asks whether a short notice is an emergency, once', () => {
    const soon = { who, start: '2026-11-30', end: '2026-12-01', fullDays: 2 };
    expect(next({ type: 'CT', ...soon })).toBe('emergency');
    expect(next({ type: 'CT', ...soon, detail: { emergency: true } })).toBe('reason');
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
    const sick = { type: 'CS', ...dated, detail: { sickKind: 'ILLNESS' }, reason: 'demam', address: 'Serang' };
    expect(next(sick)).toBe('document');
    expect(next({ ...sick, documentIds: [7], documentNames: ['surat.pdf'] })).toBe('summary');
    expect(next({ ...sick, end: '2027-01-11', fullDays: 1 })).toBe('summary');
  });

  it('starts afresh from a broken draft', () => {
    expect(next({ type: 'XX', start: 'soon' })).toBe('type');
  });
});

