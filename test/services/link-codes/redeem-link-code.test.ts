import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinkCode } from '../../../src/services/link-codes/create-link-code';
import { LINK_CODE_ALPHABET, randomLinkCode } from '../../../src/services/link-codes/link-code-format';
import { redeemLinkCode, tryRedeemLinkCode } from '../../../src/services/link-codes/redeem-link-code';
import { adminTestApp, type AdminTestApp } from '../../http/admin/admin-test-app';
import { demoPeople, makeAdminActor } from '../../support/factories';

const actor = makeAdminActor({ name: 'Rina (BKPSDM)' });
const HOUR = 3_600_000;

describe('randomLinkCode', () => {
  it('makes 10 unambiguous characters with at least one letter', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = randomLinkCode();
      expect(code).toMatch(/^[A-Z2-9]{10}$/);
      expect([...code].every((c) => LINK_CODE_ALPHABET.includes(c))).toBe(true);
      expect(code).toMatch(/[A-Z]/);
      expect(code).not.toMatch(/[01OIL]/);
    }
  });
});

describe('link codes', () => {
  let t: AdminTestApp;
  let employee: { id: number; nip: string; name: string };
  let identityId: number;

  beforeEach(async () => {
    t = await adminTestApp();
    employee = (await demoPeople(t.db)).employee;
    identityId = (await t.db.prisma.chatIdentity.create({ data: { channel: 'TELEGRAM', externalId: '777001' } })).id;
  });
  afterEach(() => t.close());

  const issue = () => t.db.prisma.$transaction((tx) => createLinkCode(tx, { nip: employee.nip, actor, now: t.clock.now() }));
  const redeem = (code: string, id = identityId) => t.db.prisma.$transaction((tx) => tryRedeemLinkCode(tx, { identityId: id, code, now: t.clock.now() }));
  const identity = () => t.db.prisma.chatIdentity.findUniqueOrThrow({ where: { id: identityId } });

  it('links the identity once, stores only a salted hash, wipes it on use, and refuses the code a second time', async () => {
    const { code, expiresAt } = await issue();
    expect(expiresAt.getTime() - t.clock.now().getTime()).toBe(72 * HOUR);
    const stored = await t.db.prisma.linkCode.findFirstOrThrow({ where: { employeeId: employee.id }, orderBy: { id: 'desc' } });
    expect(stored.codeHash).toMatch(/^s1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored.codeHash).not.toContain(code);
    expect(stored.lookup).toMatch(/^[0-9a-f]{4}$/);

    const result = await redeem(code.toLowerCase().replace(/(.{4})/, '$1 '));
    expect(result).toEqual({ ok: true, employee: expect.objectContaining({ id: employee.id, nip: employee.nip }) });
    expect(await identity()).toMatchObject({ employeeId: employee.id, verifiedAt: t.clock.now(), failedLinkAttempts: 0 });
    expect(await t.db.prisma.auditLog.count({ where: { action: 'link_code.redeemed', actorId: employee.id } })).toBe(1);

    expect(await t.db.prisma.linkCode.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ codeHash: null, lookup: null, usedAt: t.clock.now() });

    // The hash is gone, so a used code is simply unknown (the reply says it may have been used).
    const other = (await t.db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: '62811@s.whatsapp.net' } })).id;
    expect(await redeem(code, other)).toEqual({ ok: false, error: 'unknown' });
  });

  it('refuses an expired code (72 hours) and a code replaced by a newer one', async () => {
    const first = await issue();
    const second = await issue();
    // Replacing wipes the first code's hash at once: it is unknown from then on.
    expect(await redeem(first.code)).toEqual({ ok: false, error: 'unknown' });
    t.clock.advance(72 * HOUR);
    expect(await redeem(second.code)).toEqual({ ok: false, error: 'expired' });
    expect((await identity()).employeeId).toBeNull();
  });

  it('pauses an identity for 15 minutes after 5 wrong codes, even for the right one', async () => {
    const { code } = await issue();
    for (let i = 1; i <= 4; i += 1) expect(await redeem('WRONG234')).toEqual({ ok: false, error: 'unknown' });
    const fifth = await redeem('WRONG234');
    expect(fifth).toEqual({ ok: false, error: 'paused', pause: { kind: 'row', until: new Date(t.clock.now().getTime() + 15 * 60_000) } });
    expect(await redeem(code)).toMatchObject({ ok: false, error: 'paused' });
    t.clock.advance(14 * 60_000);
    expect(await redeem(code)).toMatchObject({ ok: false, error: 'paused' });
    t.clock.advance(60_000);
    expect(await redeem(code)).toMatchObject({ ok: true });
  });

  it('redeemLinkCode throws catalogue errors for a flow step and returns the name on success', async () => {
    const attempt = (code: string) => t.db.prisma.$transaction(async (tx) => {
      try {
        return await redeemLinkCode(tx, { identityId, code, now: t.clock.now() });
      } catch (error) {
        return error as Error & { code: string; params: object };
      }
    });
    expect(await attempt('NOPE2345')).toMatchObject({ code: 'link_code.unknown' });
    for (let i = 0; i < 3; i += 1) await attempt('NOPE2345');
    expect(await attempt('NOPE2345')).toMatchObject({ code: 'link.paused', params: { minutes: 15 } });
    t.clock.advance(15 * 60_000);
    const { code } = await issue();
    expect(await attempt(code)).toMatchObject({ name: employee.name, employee: { id: employee.id } });
  });
});
