import { describe, expect, it } from 'vitest';
import { type LeaveStatus, planCancellation } from '../../../src/domain/leave';

const today = '2026-06-10';
const request = (status: LeaveStatus, start = '2026-07-01', typeCode: 'CT' | 'CS' = 'CT') => ({ typeCode, status, start });

describe('planCancellation', () => {
  it('releases the reserved days of a pending CT, whenever', () => {
    expect(planCancellation(request('PENDING'), today)).toEqual({ ok: true, balanceEffect: 'RELEASE_RESERVED' });
    expect(planCancellation(request('PENDING', '2026-06-01'), today)).toEqual({ ok: true, balanceEffect: 'RELEASE_RESERVED' });
  });

  it('returns the used days of a granted CT cancelled before its start', () => {
    expect(planCancellation(request('APPROVED'), today)).toEqual({ ok: true, balanceEffect: 'RETURN_USED' });
    expect(planCancellation(request('CHANGED'), today)).toEqual({ ok: true, balanceEffect: 'RETURN_USED' });
  });

  it('refuses to cancel granted leave on or after its start day', () => {
    expect(planCancellation(request('APPROVED', today), today)).toEqual({
      ok: false,
      error: { code: 'leave.cancel_after_start', params: { start: today } },
    });
  });

  it('touches no balance for other types', () => {
    expect(planCancellation(request('PENDING', '2026-07-01', 'CS'), today)).toEqual({ ok: true, balanceEffect: 'NONE' });
    expect(planCancellation(request('APPROVED', '2026-07-01', 'CS'), today)).toEqual({ ok: true, balanceEffect: 'NONE' });
  });

  it.each<LeaveStatus>(['REJECTED', 'DEFERRED', 'CANCELLED', 'DRAFT'])('refuses to cancel a %s request', (status) => {
    expect(planCancellation(request(status), today)).toEqual({ ok: false, error: { code: 'leave.not_cancellable', params: { status } } });
  });
});
