import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const jobsDir = join(import.meta.dirname, '..', '..', 'src', 'jobs');

/** Database work and audit rows: a model query, a transaction, raw SQL, an audit write. */
const DATABASE_WORK = [/\.(prisma|tx)\.\w+\.\w+\(/, /\$(transaction|queryRaw|executeRaw)\w*\(/, /\bwriteAudit\(/, /\btx\.\w+\.\w+\(/];

function databaseWork(text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => DATABASE_WORK.some((re) => re.test(line)))
    .map(({ line, n }) => `${n}: ${line.trim()}`);
}

describe('jobs are thin wrappers', () => {
  it('no file of src/jobs queries the database or writes audit rows: the services they call do', () => {
    const found = readdirSync(jobsDir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => databaseWork(readFileSync(join(jobsDir, name), 'utf8')).map((line) => `src/jobs/${name}:${line}`));
    expect(found).toEqual([]);
  });

  it('is recognised when someone writes it (the check above can fail)', () => {
    expect(databaseWork('const steps = await db.prisma.approvalStep.findMany({});')).toHaveLength(1);
    expect(databaseWork('await db.prisma.$transaction(async (tx) => {')).toHaveLength(1);
    expect(databaseWork("await writeAudit(tx, { actorType: 'SYSTEM' });")).toHaveLength(1);
    expect(databaseWork('run: (ctx, slot) => remindApprovers(ctx.db, slot, scheduledRun(ctx)),')).toEqual([]);
  });
});
