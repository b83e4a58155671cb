import type { JsonInput, Prisma } from '../../store/database';
import { isUniqueViolation } from '../../store/prisma-errors';

/** How a run ended, as its JobRun row records it. */
export type RunEnd =
  | { status: 'DONE'; result: JsonInput }
  | { status: 'FAILED'; error: string }
  | { status: 'INTERRUPTED'; error: string };

/**
 * Claims `slot` of `jobId` for a run starting `now`: inserts its JobRun row
 * (unique jobId + slot), or takes over a FAILED or INTERRUPTED row, or a
 * RUNNING one started before `staleBefore` (its process died). The run's id,
 * or null when the slot is done or running elsewhere.
 */
export async function claimJobRun(prisma: Prisma, jobId: string, slot: string, now: Date, staleBefore: Date): Promise<number | null> {
  try {
    const row = await prisma.jobRun.create({ data: { jobId, slot, status: 'RUNNING', startedAt: now }, select: { id: true } });
    return row.id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const { count } = await prisma.jobRun.updateMany({
    where: { jobId, slot, OR: [{ status: { in: ['FAILED', 'INTERRUPTED'] } }, { status: 'RUNNING', startedAt: { lt: staleBefore } }] },
    data: { status: 'RUNNING', startedAt: now, finishedAt: null, error: null },
  });
  if (count === 0) return null;
  const row = await prisma.jobRun.findUniqueOrThrow({ where: { jobId_slot: { jobId, slot } }, select: { id: true } });
  return row.id;
}

/** Records the end of run `runId` at `now` (an error is kept to its first 2,000 characters). */
export async function endJobRun(prisma: Prisma, runId: number, end: RunEnd, now: Date): Promise<void> {
  const data = end.status === 'DONE' ? { status: end.status, result: end.result } : { status: end.status, error: end.error.slice(0, 2000) };
  await prisma.jobRun.update({ where: { id: runId }, data: { ...data, finishedAt: now } });
}

/** Marks the runs of `runIds` still RUNNING as INTERRUPTED at `now` (SAPA stopped before they ended). */
export async function interruptJobRuns(prisma: Prisma, runIds: readonly number[], error: string, now: Date): Promise<void> {
  await prisma.jobRun.updateMany({ where: { id: { in: [...runIds] }, status: 'RUNNING' }, data: { status: 'INTERRUPTED', finishedAt: now, error } });
}

/** When SAPA's first recorded job run started, or null on a fresh install. */
export async function firstJobRunStart(prisma: Prisma): Promise<Date | null> {
  const first = await prisma.jobRun.findFirst({ orderBy: { startedAt: 'asc' }, select: { startedAt: true } });
  return first?.startedAt ?? null;
}
