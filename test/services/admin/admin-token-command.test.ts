import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_USAGE, parseAdminTokenArgs, runAdminTokenCommand } from '../../../src/services/admin/admin-token-command';
import { authenticateAdminToken } from '../../../src/services/admin/authenticate-admin-token';
import { createKnownTokenHashes } from '../../../src/services/admin/known-token-hashes';
import { hrEmployee } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

const NIP = '198503152010012003';

describe('parseAdminTokenArgs', () => {
  it('reads create (NIP, scopes, days defaulting to 90, optional name), list and revoke <id>', () => {
    expect(parseAdminTokenArgs(['create', '--nip', NIP, '--scopes', 'leave, read', '--name', ' laptop '])).toEqual({
      kind: 'create', nip: NIP, scopes: ['read', 'leave'], days: 90, name: 'laptop',
    });
    expect(parseAdminTokenArgs(['create', '--nip', NIP, '--scopes', 'ops', '--days', '7'])).toEqual({ kind: 'create', nip: NIP, scopes: ['ops'], days: 7 });
    expect(parseAdminTokenArgs(['revoke', '7'])).toEqual({ kind: 'revoke', id: 7 });
    expect(parseAdminTokenArgs(['list'])).toEqual({ kind: 'list' });
  });

  it('names what is wrong with bad input', () => {
    const errorOf = (args: string[]) => {
      const parsed = parseAdminTokenArgs(args);
      return 'error' in parsed ? parsed.error : null;
    };
    expect(errorOf([])).toMatch(/command is required/);
    expect(errorOf(['make'])).toMatch(/unknown command "make"/);
    expect(errorOf(['create', '--scopes', 'read'])).toMatch(/--nip/);
    expect(errorOf(['create', '--nip', '123', '--scopes', 'read'])).toMatch(/18-digit/);
    expect(errorOf(['create', '--nip', NIP])).toMatch(/--scopes is required: one or more of read, leave, profiles, settings, imports, payroll, link-codes, ops/);
    expect(errorOf(['create', '--nip', NIP, '--scopes', 'read,admin'])).toMatch(/--scopes/);
    expect(errorOf(['create', '--nip', NIP, '--scopes', ','])).toMatch(/--scopes/);
    for (const days of ['0', '366', '1.5', 'x', '-3']) expect(errorOf(['create', '--nip', NIP, '--scopes', 'read', '--days', days]), days).toMatch(/--days/);
    expect(errorOf(['create', '--nip', NIP, '--scopes', 'read', '--name', ' '])).toMatch(/--name/);
    expect(errorOf(['create', '--nip', NIP, '--scopes', 'read', '--bogus'])).toMatch(/bogus/);
    expect(errorOf(['revoke'])).toMatch(/revoke <id>/);
    expect(errorOf(['revoke', 'x'])).toMatch(/revoke <id>/);
    expect(errorOf(['list', '--nip', NIP])).toMatch(/no arguments/);
  });

  it('has usage text that lists the commands and every scope', () => {
    for (const word of ['create --nip', '--scopes', '--days', 'list', 'revoke <id>', 'read', 'leave', 'imports', 'payroll', 'link-codes', 'ops']) {
      expect(ADMIN_TOKEN_USAGE).toContain(word);
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

  it('prints a new token once for an HR owner, lists tokens without it, and revokes', async () => {
    const owner = await hrEmployee(db);
    const created = await runAdminTokenCommand(db, { kind: 'create', nip: owner.nip, scopes: ['read', 'leave'], days: 30 }, now, 'ops-user');
    expect(created.ok).toBe(true);
    expect(created.lines[0]).toBe(`Token 1 "${owner.name}" for ${owner.name} (${owner.nip}), scopes read,leave, expires 2026-12-27 03:00 UTC:`);
    const token = created.lines.map((l) => l.trim()).find((l) => l.startsWith('sapa_'))!;
    expect(token).toMatch(/^sapa_[\w-]{43}$/);
    const known = createKnownTokenHashes(db.prisma, { maxAgeMs: 0 });
    expect(await authenticateAdminToken(db.prisma, { token, known, now })).toEqual({
      ok: true,
      actor: { tokenId: 1, employeeId: owner.id, name: owner.name, nip: owner.nip, scopes: ['read', 'leave'], expiresAt: new Date('2026-12-27T03:00:00Z') },
    });
    expect(await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'admin_token.created' } })).toMatchObject({
      actorName: 'admin-token-cli:ops-user',
      data: expect.objectContaining({ ownerNip: owner.nip, scopes: ['read', 'leave'] }),
    });

    const listed = (await runAdminTokenCommand(db, { kind: 'list' }, now)).lines.join('\n');
    expect(listed).toContain(`${owner.name} (${owner.nip})  read,leave  2026-11-27 03:00  2026-12-27 03:00  -  active`);
    expect(listed).not.toContain(token);

    expect(await runAdminTokenCommand(db, { kind: 'revoke', id: 1 }, now)).toEqual({ ok: true, lines: ['Token 1 revoked.'] });
    expect(await authenticateAdminToken(db.prisma, { token, known, now })).toEqual({ ok: false, reason: 'unknown' });
    expect((await runAdminTokenCommand(db, { kind: 'revoke', id: 1 }, now)).ok).toBe(false);
  });

  it('refuses an owner who does not exist, is inactive or is not HR', async () => {
    const create = (nip: string) => runAdminTokenCommand(db, { kind: 'create', nip, scopes: ['read'], days: 90 }, now);
    expect(await create('199001012020011001')).toEqual({ ok: false, lines: ['No employee has NIP 199001012020011001.'] });
    const owner = await hrEmployee(db);
    await db.prisma.employee.update({ where: { id: owner.id }, data: { role: 'EMPLOYEE' } });
    expect((await create(owner.nip)).lines[0]).toMatch(/does not have the HR role/);
    await db.prisma.employee.update({ where: { id: owner.id }, data: { role: 'HR', active: false } });
    expect((await create(owner.nip)).lines[0]).toMatch(/is not active/);
    await db.prisma.employee.update({ where: { id: owner.id }, data: { active: true } });
  });
});
