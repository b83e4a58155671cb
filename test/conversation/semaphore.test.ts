import { describe, expect, it } from 'vitest';
import { Semaphore } from '../../src/conversation/semaphore';

describe('Semaphore', () => {
  it('never runs more than its limit at once, and runs everything in arrival order', async () => {
    const gate = new Semaphore(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gate.run(async () => {
          started.push(i);
          running += 1;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 1));
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('frees its place when a task fails', async () => {
    const gate = new Semaphore(1);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
