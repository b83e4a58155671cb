import { initAuthCreds, type AuthenticationCreds } from '@whiskeysockets/baileys';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWhatsappConnection, type AuthStore, type WhatsappConnection } from '../../../src/channels/whatsapp/whatsapp-connection';
import { createLogger } from '../../../src/logger';
import { fakeSockets } from './fake-socket';

/** A session store in memory, counting what the connection asked of it. */
function memoryAuthStore(registered = false) {
  const store = {
    creds: { ...initAuthCreds(), registered } as AuthenticationCreds,
    saves: 0,
    clears: 0,
    keySets: 0,
  };
  const authStore: AuthStore = {
    load: async () => ({
      state: {
        creds: store.creds,
        keys: {
          get: async () => ({}),
          set: async () => {
            store.keySets += 1;
          },
        },
      },
      saveCreds: async () => {
        store.saves += 1;
      },
    }),
    clear: async () => {
      store.clears += 1;
      store.creds = initAuthCreds();
    },
  };
  return { store, authStore };
}

/** Lets promise chains started by timers and events run (fake timers: nothing real to wait for). */
const flush = async () => {
  for (let i = 0; i < 5; i += 1) await vi.advanceTimersByTimeAsync(0);
};

describe('WhatsApp connection lifecycle', () => {
  let connection: WhatsappConnection;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(async () => {
    await connection?.stop();
    vi.useRealTimers();
  });

  function connect(options: { registered?: boolean; pairingPhone?: string } = {}) {
    const built = fakeSockets();
    const { store, authStore } = memoryAuthStore(options.registered);
    const shown: string[] = [];
    const alerts: string[] = [];
    connection = createWhatsappConnection({
      socketFactory: built.factory,
      authStore,
      logger: createLogger('silent'),
      onQr: (qr) => void shown.push(qr),
      onAlert: (alert) => void alerts.push(alert.kind),
      backoff: { baseMs: 1_000, maxMs: 8_000, random: () => 0.5 },
      ...(options.pairingPhone ? { pairingPhone: options.pairingPhone } : {}),
    });
    return { built, store, shown, alerts };
  }

  it('opens a socket over the stored session and hands it out only while open', async () => {
    const { built } = connect();
    await connection.start();
    expect(built.sockets).toHaveLength(1);
    expect(connection.status().state).toBe('connecting');
    expect(connection.socket()).toBeNull();
    built.last().open();
    expect(connection.status()).toEqual({ state: 'open' });
    expect(connection.socket()).toBe(built.last());
  });

  it('saves the credentials on every update', async () => {
    const { built, store } = connect();
    await connection.start();
    built.last().emit('creds.update', { me: { id: '6281100000001:2@s.whatsapp.net' } });
    await flush();
    expect(store.saves).toBe(1);
    expect(store.creds.me?.id).toBe('6281100000001:2@s.whatsapp.net');
  });

  it('reconnects after transient closes with exponential backoff and jitter, and resets it once open', async () => {
    const { built } = connect();
    await connection.start();
    const first = built.last();
    first.open();

    first.close(408);
    await flush();
    expect(first.ended).toBe(true);
    expect(first.listeners()).toBe(0);
    expect(connection.socket()).toBeNull();
    // First retry: between half and all of 1 s; the jitter drew the middle.
    await vi.advanceTimersByTimeAsync(749);
    expect(built.sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(built.sockets).toHaveLength(2);

    built.last().close(515);
    await flush();
    await vi.advanceTimersByTimeAsync(1_499);
    expect(built.sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(built.sockets).toHaveLength(3);

    built.last().open();
    built.last().close(428);
    await flush();
    await vi.advanceTimersByTimeAsync(750);
    await flush();
    expect(built.sockets).toHaveLength(4);
  });

  it('keeps trying when a socket cannot even be built, without throwing', async () => {
    const { built } = connect();
    let failures = 1;
    const factory = built.factory;
    connection = createWhatsappConnection({
      socketFactory: (auth) => {
        if (failures-- > 0) throw new Error('wasm bridge failed to load');
        return factory(auth);
      },
      authStore: memoryAuthStore().authStore,
      logger: createLogger('silent'),
      backoff: { baseMs: 1_000, maxMs: 8_000, random: () => 0.5 },
    });
    await expect(connection.start()).resolves.toBeUndefined();
    expect(built.sockets).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(750);
    await flush();
    expect(built.sockets).toHaveLength(1);
  });

  it('shows each QR code, keeps the latest, and asks once for a pairing code while not registered', async () => {
    const { built, shown } = connect({ pairingPhone: '6281100000001' });
    await connection.start();
    built.last().qr('2@first');
    built.last().qr('2@second');
    await flush();
    expect(shown).toEqual(['2@first', '2@second']);
    expect(built.last().pairingRequests).toEqual(['6281100000001']);
    expect(connection.status()).toMatchObject({ state: 'pairing', qr: '2@second', pairingCode: 'SAPA-1234' });
    built.last().open();
    expect(connection.status()).toEqual({ state: 'open' });
  });

  it('asks no pairing code for a registered session or without WHATSAPP_PHONE', async () => {
    const registered = connect({ registered: true, pairingPhone: '6281100000001' });
    await connection.start();
    registered.built.last().qr('2@x');
    await flush();
    expect(registered.built.last().pairingRequests).toEqual([]);
    await connection.stop();

    const noPhone = connect();
    await connection.start();
    noPhone.built.last().qr('2@y');
    await flush();
    expect(noPhone.built.last().pairingRequests).toEqual([]);
    expect(connection.status()).toMatchObject({ state: 'pairing', qr: '2@y' });
  });

  it('after a logout (401) clears the session, alerts, and starts a fresh socket that waits for pairing', async () => {
    const { built, store, alerts } = connect();
    await connection.start();
    const old = built.last();
    const oldNoiseKey = Buffer.from(old.auth.creds.noiseKey.private);
    old.open();
    old.close(401);
    await flush();
    expect(store.clears).toBe(1);
    expect(alerts).toEqual(['logged_out']);
    expect(built.sockets).toHaveLength(2);
    expect(Buffer.from(built.last().auth.creds.noiseKey.private).equals(oldNoiseKey)).toBe(false);

    // The old socket can no longer write into the cleared store.
    const saves = store.saves;
    old.emit('creds.update', { me: { id: 'stale' } });
    await old.auth.keys.set({ 'pre-key': { '1': { public: Buffer.alloc(32), private: Buffer.alloc(32) } } });
    await flush();
    expect(store.saves).toBe(saves);
    expect(store.keySets).toBe(0);

    built.last().qr('2@new');
    expect(connection.status()).toMatchObject({ state: 'pairing', qr: '2@new' });
  });

  it('never lets a failing alert or store crash the connection', async () => {
    const built = fakeSockets();
    const { authStore } = memoryAuthStore();
    connection = createWhatsappConnection({
      socketFactory: built.factory,
      authStore: { load: authStore.load, clear: async () => Promise.reject(new Error('database down')) },
      logger: createLogger('silent'),
      onAlert: () => Promise.reject(new Error('telegram down')),
      onQr: () => {
        throw new Error('terminal gone');
      },
    });
    await connection.start();
    built.last().qr('2@z');
    built.last().close(401);
    await flush();
    expect(built.sockets).toHaveLength(2);
  });

  it('stops for good: the socket ends and no reconnect follows', async () => {
    const { built } = connect();
    await connection.start();
    built.last().open();
    built.last().close(408);
    await flush();
    await connection.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(built.sockets).toHaveLength(1);
    expect(connection.status()).toEqual({ state: 'stopped' });
  });
});
