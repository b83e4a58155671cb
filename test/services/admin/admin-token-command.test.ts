import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAdminTokenArgs, runAdminTokenCommand } from '../../../src/services/admin/admin-token-command';
import { authenticateAdminToken } from '../../../src/services/admin/authenticate-admin-token';
import { createKnownTokenHashes } from '../../../src/services/admin/known-token-hashes';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

describe('parseAdminTokenArgs', () => {
  it('reads exactly one of --name, --revoke <id>, --list', () => {
    expect(parseAdminTokenArgs(['--name', ' Rina HR '])).toEqual({ kind: 'create', name: 'Rina HR' });
    expect(parseAdminTokenArgs(['--revoke', '7'])).toEqual({ kind: 'revoke', id: 7 });
    expect(parseAdminTokenArgs(['--list'])).toEqual({ kind: 'list' });
    for (const bad of [[], ['--name', ''], ['--revoke', 'x'], ['--list', '--name', 'a'], ['--bogus']]) {
      expect(parseAdminTokenArgs(bad)).toBeNull();
    }
  });
});

describe('runAdminTokenCommand', () => {
  let db: TestDatabase;
  const now = new Date('2026-11-27T03:00:00Z');
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('prints a new token once, lists tokens without it, and revokes', async () => {
    const created = await runAdminTokenCommand(db, { kind: 'create', name: 'Rina HR' }, now);
    const token = created.lines.map((l) => l.trim()).find((l) => l.startsWith('sapa_'))!;
    expect(token).toMatch(/^sapa_[\w-]{43}$/);
    const known = createKnownTokenHashes(db.prisma, { maxAgeMs: 0 });
    expect(await authenticateAdminToken(db.prisma, { token, known })).toEqual({ tokenId: 1, name: 'Rina HR' });

    const listed = await runAdminTokenCommand(db, { kind: 'list' }, now);
    expect(listed.lines.join('\n')).toContain('Rina HR');
    expect(listed.lines.join('\n')).not.toContain(token);

    expect(await runAdminTokenCommand(db, { kind: 'revoke', id: 1 }, now)).toEqual({ ok: true, lines: ['Token 1 revoked.'] });
    expect(await authenticateAdminToken(db.prisma, { token, known })).toBeNull();
    expect((await runAdminTokenCommand(db, { kind: 'revoke', id: 1 }, now)).ok).toBe(false);
  });
});
