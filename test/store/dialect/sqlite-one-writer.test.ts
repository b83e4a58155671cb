import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

describe('SQLite: one writer on the one connection', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterEach(async () => {
    await db.drop();
  });

  const note = (entityId: string) => ({ data: { actorType: 'SYSTEM', action: 'test.write', entity: 'Test', entityId } });
  const notes = async () => (await db.prisma.auditLog.findMany({ where: { action: 'test.write' }, orderBy: { id: 'asc' } })).map((r) => r.entityId);

  /** A transaction that writes `entityId`, then waits for `release()` and rolls back. */
  async function openTransaction(entityId: string) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const outcome = db.prisma
      .$transaction(async (tx) => {
        await tx.auditLog.create(note(entityId));
        entered();
        await held;
        throw new Error('rolled back');
      })
      .catch((error: Error) => error.message);
    await inside;
    return { release, outcome };
  }

  it('runs a statement outside a transaction after the open transaction, so a rollback does not take it along', async () => {
    const transaction = await openTransaction('rolled back');
    let outsideDone = false;
    const outside = db.prisma.auditLog.create(note('kept')).then(() => (outsideDone = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(outsideDone).toBe(false);
    transaction.release();
    expect(await transaction.outcome).toBe('rolled back');
    await outside;
    expect(await notes()).toEqual(['kept']);
  });

  it('never shows readers outside a transaction the rows it may still roll back', async () => {
    const transaction = await openTransaction('never committed');
    const seen = notes();
    transaction.release();
    expect(await transaction.outcome).toBe('rolled back');
    expect(await seen).toEqual([]);
  });
});
