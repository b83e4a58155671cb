import type { AuthenticationState, BaileysEventMap } from '@whiskeysockets/baileys';
import { systemClock, type Clock } from '../../clock';
import type { Logger } from '../../logger';
import { retryDelayMs } from '../../backoff';
import { guardAuth, type GuardedAuth } from './guarded-auth';
import type { SocketFactory, WhatsappSocket } from './whatsapp-socket';

/** Where the session lives (the database in production). */
export interface AuthStore {
  load(): Promise<{ state: AuthenticationState; saveCreds(): Promise<void> }>;
  clear(): Promise<void>;
}

export type ConnectionState = 'stopped' | 'connecting' | 'pairing' | 'open';

export interface ConnectionStatus {
  state: ConnectionState;
  /** The latest QR code to scan (state 'pairing'). */
  qr?: string;
  qrAt?: Date;
  /** The code to type on the phone instead of scanning, when WHATSAPP_PHONE is set. */
  pairingCode?: string;
}

export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
  random: () => number;
}

export interface WhatsappConnectionOptions {
  socketFactory: SocketFactory;
  authStore: AuthStore;
  logger: Logger;
  /** A new QR code to show (terminal, admin endpoint). */
  onQr?: (qr: string) => void | Promise<void>;
  /** WhatsApp logged SAPA out: HR must pair again. */
  onAlert?: (alert: { kind: 'logged_out' }) => void | Promise<void>;
  /** New messages on the current socket. */
  onMessages?: (event: BaileysEventMap['messages.upsert'], socket: WhatsappSocket) => void;
  /** Digits with country code: also offer a pairing code for this number. */
  pairingPhone?: string;
  backoff?: Partial<BackoffSettings>;
  clock?: Clock;
}

export interface WhatsappConnection {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The socket while it is open, else null. */
  socket(): WhatsappSocket | null;
  status(): ConnectionStatus;
}

const LOGGED_OUT = 401;
const DEFAULT_BACKOFF: BackoffSettings = { baseMs: 2_000, maxMs: 120_000, random: Math.random };

const statusCodeOf = (error: unknown): number | undefined =>
  (error as { output?: { statusCode?: number } } | undefined)?.output?.statusCode;

interface Attached {
  socket: WhatsappSocket;
  auth: GuardedAuth;
  registered: boolean;
  open: boolean;
  pairingAsked: boolean;
  detach(): void;
}

/**
 * The WhatsApp connection's lifecycle: builds a socket over the stored
 * session, saves credentials as they change, shows QR codes (and a pairing
 * code) until the number is paired, reconnects with exponential backoff and
 * jitter after any close, and after a logout (401) clears the session, alerts
 * HR and starts a fresh socket that waits for a new pairing. Nothing in here
 * throws into the process: every failure is logged and retried.
 */
export function createWhatsappConnection(options: WhatsappConnectionOptions): WhatsappConnection {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  let current: Attached | null = null;
  let status: ConnectionStatus = { state: 'stopped' };
  let running = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  const report = (message: string) => (error: unknown) => logger.error({ err: error }, message);
  /** Runs a callback of the caller's; whatever it throws is logged, never passed on. */
  const guarded = async (message: string, run: () => unknown): Promise<void> => {
    try {
      await run();
    } catch (error) {
      report(message)(error);
    }
  };

  function schedule(delayMs: number): void {
    if (!running) return;
    clearTimeout(timer);
    logger.info({ retryInMs: delayMs }, 'whatsapp: connecting again');
    timer = setTimeout(() => void connect(), delayMs);
  }

  async function detach(attached: Attached): Promise<void> {
    attached.detach();
    if (current === attached) current = null;
    await attached.auth.close();
    try {
      await attached.socket.end(undefined);
    } catch (error) {
      logger.debug({ err: error }, 'whatsapp: ending the old socket failed');
    }
  }

  async function askPairingCode(attached: Attached): Promise<void> {
    if (!options.pairingPhone || attached.registered || attached.pairingAsked) return;
    attached.pairingAsked = true;
    const code = await attached.socket.requestPairingCode(options.pairingPhone);
    if (current !== attached) return;
    status = { ...status, pairingCode: code };
    logger.info({ pairingCode: code }, 'whatsapp: pairing code for the SAPA number (WhatsApp > Linked devices > Link with phone number)');
  }

  async function onQr(attached: Attached, qr: string): Promise<void> {
    status = { ...status, state: 'pairing', qr, qrAt: clock.now() };
    await guarded('whatsapp: showing the QR code failed', () => options.onQr?.(qr));
    await guarded('whatsapp: asking for a pairing code failed', () => askPairingCode(attached));
  }

  async function onClose(attached: Attached, error: unknown): Promise<void> {
    await detach(attached);
    if (!running) return;
    status = { state: 'connecting' };
    const code = statusCodeOf(error);
    if (code === LOGGED_OUT) {
      logger.warn('whatsapp: logged out; clearing the session, waiting for a new pairing');
      await guarded('whatsapp: clearing the session failed', () => options.authStore.clear());
      await guarded('whatsapp: alerting HR failed', () => options.onAlert?.({ kind: 'logged_out' }));
      failures = 0;
      schedule(0);
      return;
    }
    failures += 1;
    logger.warn({ statusCode: code, failures, error: error instanceof Error ? error.message : undefined }, 'whatsapp: connection closed');
    schedule(retryDelayMs(failures, backoff, backoff.random));
  }

  function onUpdate(attached: Attached, update: BaileysEventMap['connection.update']): void {
    if (current !== attached) return;
    if (update.qr) void onQr(attached, update.qr);
    if (update.connection === 'open') {
      attached.open = true;
      attached.registered = true;
      failures = 0;
      status = { state: 'open' };
      logger.info('whatsapp: connected');
    }
    if (update.connection === 'close') {
      attached.open = false;
      void onClose(attached, update.lastDisconnect?.error).catch(report('whatsapp: handling a close failed'));
    }
  }

  function attach(socket: WhatsappSocket, auth: GuardedAuth): Attached {
    const listeners = {
      creds: (update: BaileysEventMap['creds.update']) => auth.saveCreds(update),
      connection: (update: BaileysEventMap['connection.update']) => {
        try {
          onUpdate(attached, update);
        } catch (error) {
          report('whatsapp: connection update failed')(error);
        }
      },
      messages: (event: BaileysEventMap['messages.upsert']) => {
        if (current !== attached) return;
        try {
          options.onMessages?.(event, socket);
        } catch (error) {
          report('whatsapp: incoming messages failed')(error);
        }
      },
    };
    const attached: Attached = {
      socket,
      auth,
      registered: auth.state.creds.registered,
      open: false,
      pairingAsked: false,
      detach() {
        socket.ev.off('creds.update', listeners.creds);
        socket.ev.off('connection.update', listeners.connection);
        socket.ev.off('messages.upsert', listeners.messages);
      },
    };
    socket.ev.on('creds.update', listeners.creds);
    socket.ev.on('connection.update', listeners.connection);
    socket.ev.on('messages.upsert', listeners.messages);
    return attached;
  }

  async function connect(): Promise<void> {
    if (!running) return;
    status = { state: 'connecting' };
    try {
      const auth = guardAuth(await options.authStore.load(), report('whatsapp: saving credentials failed'));
      if (!running) return;
      current = attach(options.socketFactory(auth.state), auth);
    } catch (error) {
      failures += 1;
      logger.error({ err: error, failures }, 'whatsapp: could not start a socket');
      schedule(retryDelayMs(failures, backoff, backoff.random));
    }
  }

  return {
    async start() {
      if (running) return;
      running = true;
      failures = 0;
      await connect();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      if (current) await detach(current);
      status = { state: 'stopped' };
    },
    socket: () => (current?.open ? current.socket : null),
    status: () => status,
  };
}
