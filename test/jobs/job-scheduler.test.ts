import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobDefinition } from '../../src/jobs/job-definition';
import { slotFor } from '../../src/jobs/job-definition';
import type { JobRunner, JobRunOutcome } from '../../src/jobs/job-runner';
import { createJobScheduler } from '../../src/jobs/job-scheduler';

const job = (id: string, schedule: string, slotKind: JobDefinition['slotKind'] = 'day'): JobDefinition => ({
  id, schedule, slotKind, catchUp: 'same-slot', description: id, run: async () => ({}),
});

/** A runner that only records what it was asked to run. */
function recordingRunner() {
  const calls: Array<{ jobId: string; slot: string }> = [];
  const runner: JobRunner = {
    async run(j, slot): Promise<JobRunOutcome> {
      calls.push({ jobId: j.id, slot });
      return { status: 'DONE', jobId: j.id, slot, result: {} };
    },
    running: () => [],
    stop: async () => undefined,
  };
  return { runner, calls };
}

describe('job scheduler', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires each job at its Jakarta time with the slot of that Jakarta day', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-26T23:59:50Z')); // 06:59:50 on Friday 27 Nov in Jakarta
    const { runner, calls } = recordingRunner();
    const scheduler = createJobScheduler({ jobs: [job('digest', '0 7 * * 1-5'), job('rollover', '5 0 1 1 *', 'year')], runner });
    await scheduler.start();

    expect(scheduler.nextRuns().digest?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    await vi.advanceTimersByTimeAsync(9_000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toEqual([{ jobId: 'digest', slot: '2026-11-27' }]);

    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(calls).toHaveLength(1);
    expect(scheduler.nextRuns().digest).toBeNull();
  });

  it('names slots by the Jakarta day or year of the scheduled time', () => {
    expect(slotFor('day', new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
    expect(slotFor('year', new Date('2026-12-31T17:05:00Z'))).toBe('2027');
  });
});
