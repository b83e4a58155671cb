import type { Database } from '../../store/database';
import type { ProcessLock } from '../../store/dialect/process-lock';

export { singleProcessLock } from '../../store/dialect/process-lock';

/** Decides which process holds the WhatsApp socket. */
export type SocketLock = ProcessLock;

/** The advisory lock key of the WhatsApp socket: "SAPA" in ASCII. */
export const WHATSAPP_SOCKET_LOCK_KEY = 0x53415041;

/**
 * The WhatsApp socket's lock on this database (its dialect's process lock):
 * on PostgreSQL only one process at a time holds it, and a standby takes it
 * over when the holder dies; with SQLite the one process always holds it.
 */
export function whatsappSocketLock(db: Database): SocketLock {
  return db.dialect.processLock(WHATSAPP_SOCKET_LOCK_KEY);
}
