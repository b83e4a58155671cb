import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../../src/conversation/store/group-commit';
import type { Tx } from '../../../src/store/database';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

describe.each(testProviders)('group commit on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
  });
  afterEach(async () => {
    await db.drop();
  });

  const note = (tx: Tx, entityId: string) => tx.auditLog.create({ data: { actorType: 'SYSTEM', action: 'test.unit', entity: 'Unit', entityId } });
  const written = async () =>
    (await db.prisma.auditLog.findMany({ where: { action: 'test.unit' }, select: { entityId: true }, orderBy: { id: 'asc' } })).map((r) => r.entityId);

  function commit(writers = 1) {
    const batches: string[][] = [];
    const ended: string[][] = [];
    const writer = createGroupCommit<string, string[]>(db.prisma, {
      maxBatch: 64,
      writers,
      timeoutMs: 10_000,
      savepoints: db.dialect.unitSavepoint,
      begin: async (_tx, keys) => {
        batches.push([...keys]);
        return [...keys];
      },
      end: async (_tx, keys) => void ended.push(keys),
    });
    return { writer, batches, ended };
  }

  it('runs units queued together in one transaction and answers each after the commit', async () => {
    const { writer, batches, ended } = commit();
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((key) => writer.run(key, async (tx, batch) => (await note(tx, key), `${key} of ${batch.join('')}`))));
    expect(results).toEqual(['a of abcd', 'b of abcd', 'c of abcd', 'd of abcd']);
    expect(batches).toEqual([['a', 'b', 'c', 'd']]);
    expect(ended).toEqual([['a', 'b', 'c', 'd']]);
    expect(await written()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects only the unit that failed; the others of its batch are committed, the failed one left nothing', async () => {
    const { writer } = commit();
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c'].map((key) =>
        writer.run(key, async (tx) => {
          await note(tx, key);
          if (key === 'b') throw new Error('b refused');
          return key;
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ message: 'b refused' });
    expect(await written()).toEqual(['a', 'c']);
  });

  it('keeps nothing of a unit before its batch committed: a result is never reported early', async () => {
    const { writer } = commit();
    let seenOutside: number | undefined;
    const first = writer.run('a', async (tx) => {
      await note(tx, 'a');
      return 'a';
    });
    const second = writer.run('b', async (tx) => {
      await note(tx, 'b');
      // Another connection (or, on SQLite, the statement waits its turn): the batch is not committed yet.
      if (provider === 'postgresql') seenOutside = (await written()).length;
      return 'b';
    });
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    if (provider === 'postgresql') expect(seenOutside).toBe(0);
    expect(await written()).toEqual(['a', 'b']);
  });

  it('takes the next units in a new batch once the running one is done', async () => {
    const { writer, batches } = commit();
    const first = writer.run('a', async (tx) => (await note(tx, 'a'), 'a'));
    await first;
    await writer.run('b', async (tx) => (await note(tx, 'b'), 'b'));
    expect(batches).toEqual([['a'], ['b']]);
  });
});
