import type { Tx } from '../../store/database';

/** A RUNNING run older than this is taken for dead: its process stopped without recording an end. */
export const STALE_RUN_MS = 3_600_000;

/** Why a run needs a look: it failed, SAPA stopped during it, or it has been RUNNING past its lease. */
export type JobRunProblem = 'FAILED' | 'INTERRUPTED' | 'STALE';

export interface ProblemRun {
  jobId: string;
  slot: string;
  problem: JobRunProblem;
  startedAt: Date;
  error: string | null;
}

/** The problem of one run as it stands at `now`, or null when it is done or running within its lease. */
export function problemOf(run: { status: string; startedAt: Date }, now: Date): JobRunProblem | null {
  if (run.status === 'FAILED' || run.status === 'INTERRUPTED') return run.status;
  if (run.status === 'RUNNING' && now.getTime() - run.startedAt.getTime() > STALE_RUN_MS) return 'STALE';
  return null;
}

/** Runs started since `since` that failed, were interrupted or went stale (oldest first). */
export async function findProblemRuns(tx: Tx, since: Date, now: Date): Promise<ProblemRun[]> {
  const rows = await tx.jobRun.findMany({
    where: {
      startedAt: { gte: since },
      OR: [{ status: { in: ['FAILED', 'INTERRUPTED'] } }, { status: 'RUNNING', startedAt: { lt: new Date(now.getTime() - STALE_RUN_MS) } }],
    },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { jobId: true, slot: true, status: true, startedAt: true, error: true },
  });
  return rows.flatMap((r) => {
    const problem = problemOf(r, now);
    return problem ? [{ jobId: r.jobId, slot: r.slot, problem, startedAt: r.startedAt, error: r.error }] : [];
  });
}
