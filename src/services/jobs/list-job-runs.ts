import type { Tx } from '../../store/database';
import { type JobRunProblem, problemOf } from './job-run-health';

export interface JobRunLine {
  slot: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  result: unknown;
  error: string | null;
  /** FAILED, INTERRUPTED, or STALE (RUNNING past its lease): what HR should look at. */
  problem: JobRunProblem | null;
}

/** The last `perJob` runs of each job, newest first. */
export async function listJobRuns(tx: Tx, jobIds: readonly string[], perJob: number, now: Date): Promise<Map<string, JobRunLine[]>> {
  const rows = await tx.jobRun.findMany({
    where: { jobId: { in: [...jobIds] } },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    take: perJob * jobIds.length * 4,
    select: { slot: true, jobId: true, status: true, startedAt: true, finishedAt: true, result: true, error: true },
  });
  const byJob = new Map<string, JobRunLine[]>(jobIds.map((id) => [id, []]));
  for (const { jobId, ...run } of rows) {
    const list = byJob.get(jobId);
    if (list && list.length < perJob) list.push({ ...run, problem: problemOf(run, now) });
  }
  return byJob;
}
