import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashSecret } from '../../../src/services/admin/hash-secret';
import { createKnownTokenHashes } from '../../../src/services/admin/known-token-hashes';
import { revokeAdminToken } from '../../../src/services/admin/revoke-admin-token';
import { makeAdminToken } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

describe('known admin token hashes', () => {
  let db: TestDatabase;
  let now = 0;
  beforeEach(async () => {
    db = await createTestDatabase();
    now = 0;
  });
  afterEach(() => db.drop());

  const create = (name: string) => makeAdminToken(db, { now: new Date(), name });

  it('refuses an unknown hash without a read while the list is fresh, and learns a new token once it is older', async () => {
    const first = await create('Rina');
    const reads = vi.spyOn(db.prisma.adminToken, 'findMany');
    const known = createKnownTokenHashes(db.prisma, { maxAgeMs: 1000, nowMs: () => now });
    expect(await known.mayExist(hashSecret(first.token))).toBe(true);
    expect(await known.mayExist(hashSecret('bogus'))).toBe(false);
    const second = await create('Budi');
    now = 999;
    expect(await known.mayExist(hashSecret(second.token))).toBe(false);
    for (let i = 0; i < 50; i += 1) expect(await known.mayExist(hashSecret(`bogus${i}`))).toBe(false);
    expect(reads).toHaveBeenCalledTimes(1);
    now = 1000;
    expect(await known.mayExist(hashSecret(second.token))).toBe(true);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('drops a revoked token at the next reload', async () => {
    const token = await create('Rina');
    const known = createKnownTokenHashes(db.prisma, { maxAgeMs: 0, nowMs: () => now });
    expect(await known.mayExist(hashSecret(token.token))).toBe(true);
    await db.prisma.$transaction((tx) => revokeAdminToken(tx, { id: token.id, now: new Date() }));
    expect(await known.mayExist(hashSecret('other'))).toBe(false);
    expect(await known.mayExist(hashSecret(token.token))).toBe(false);
  });
});
