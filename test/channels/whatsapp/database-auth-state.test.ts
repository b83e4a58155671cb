import { randomBytes } from 'node:crypto';
import { proto } from '@whiskeysockets/baileys';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearAuthState } from '../../../src/services/whatsapp/clear-auth-state';
import { useDatabaseAuthState } from '../../../src/services/whatsapp/use-database-auth-state';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';

describe.each(testProviders)('WhatsApp session in the database on %s', (provider) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(provider);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('starts with fresh credentials and writes nothing until asked', async () => {
    const { state } = await useDatabaseAuthState(db);
    expect(state.creds.registered).toBe(false);
    expect(Buffer.isBuffer(state.creds.noiseKey.private) || state.creds.noiseKey.private instanceof Uint8Array).toBe(true);
    expect(await db.prisma.whatsappAuth.count()).toBe(0);
  });

  it('loads the saved credentials after a restart with every binary key byte-identical', async () => {
    const first = await useDatabaseAuthState(db);
    first.state.creds.me = { id: '6281100000001:5@s.whatsapp.net', name: 'SAPA' };
    first.state.creds.registered = true;
    await first.saveCreds();

    const again = await useDatabaseAuthState(db);
    const [a, b] = [first.state.creds, again.state.creds];
    expect(b.me).toEqual(a.me);
    expect(b.registered).toBe(true);
    expect(b.registrationId).toBe(a.registrationId);
    expect(b.advSecretKey).toBe(a.advSecretKey);
    for (const [x, y] of [
      [a.noiseKey.private, b.noiseKey.private],
      [a.noiseKey.public, b.noiseKey.public],
      [a.signedIdentityKey.private, b.signedIdentityKey.private],
      [a.signedPreKey.keyPair.public, b.signedPreKey.keyPair.public],
      [a.signedPreKey.signature, b.signedPreKey.signature],
      [a.pairingEphemeralKeyPair.private, b.pairingEphemeralKeyPair.private],
    ] as const) {
      expect(Buffer.isBuffer(y)).toBe(true);
      expect(Buffer.compare(Buffer.from(x), y)).toBe(0);
    }
  });

  it('stores, reads and deletes signal keys; binary values come back intact', async () => {
    const { state } = await useDatabaseAuthState(db);
    const preKey = { public: randomBytes(32), private: randomBytes(32) };
    const session = new Uint8Array(randomBytes(300));
    await state.keys.set({ 'pre-key': { '1': preKey, '2': { public: randomBytes(32), private: randomBytes(32) } }, session: { '6281@s.whatsapp.net.0': session } });

    const reloaded = (await useDatabaseAuthState(db)).state.keys;
    const keys = await reloaded.get('pre-key', ['1', '2', '3']);
    expect(Object.keys(keys).sort()).toEqual(['1', '2']);
    expect(Buffer.compare(keys['1']!.public as Buffer, preKey.public)).toBe(0);
    expect(Buffer.compare(keys['1']!.private as Buffer, preKey.private)).toBe(0);
    const sessions = await reloaded.get('session', ['6281@s.whatsapp.net.0']);
    expect(Buffer.compare(Buffer.from(sessions['6281@s.whatsapp.net.0']!), Buffer.from(session))).toBe(0);

    await reloaded.set({ 'pre-key': { '1': null } });
    expect(Object.keys(await reloaded.get('pre-key', ['1', '2']))).toEqual(['2']);
  });

  it('gives app state sync keys back as protobuf objects', async () => {
    const { state } = await useDatabaseAuthState(db);
    const keyData = proto.Message.AppStateSyncKeyData.fromObject({ keyData: randomBytes(32), timestamp: 1_700_000_000 });
    await state.keys.set({ 'app-state-sync-key': { AAAAAQ: keyData } });
    const got = (await state.keys.get('app-state-sync-key', ['AAAAAQ'])).AAAAAQ!;
    expect(got).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.compare(Buffer.from(got.keyData!), Buffer.from(keyData.keyData!))).toBe(0);
  });

  it('overwrites a key written twice and clears the whole session', async () => {
    const { state, saveCreds } = await useDatabaseAuthState(db);
    await saveCreds();
    await state.keys.set({ 'lid-mapping': { '6281': '2018@lid' } });
    await state.keys.set({ 'lid-mapping': { '6281': '2019@lid' } });
    expect(await state.keys.get('lid-mapping', ['6281'])).toEqual({ '6281': '2019@lid' });
    expect(await clearAuthState(db)).toBe(2);
    expect(await db.prisma.whatsappAuth.count()).toBe(0);
    expect((await useDatabaseAuthState(db)).state.creds.noiseKey.private).not.toEqual(state.creds.noiseKey.private);
  });
});
