import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { consoleActor, consolePersonOf, type ConsolePerson } from './console-access';

/** A session ends after this long without a request. */
export const CONSOLE_IDLE_MS = 8 * 3_600_000;
/** lastSeenAt is written at most this often (not on every page). */
const TOUCH_EVERY_MS = 60_000;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export interface OpenedSession {
  id: number;
  /** The cookie's value: only its sha256 is stored. */
  token: string;
  csrfToken: string;
}

export interface ActiveSession {
  id: number;
  csrfToken: string;
  person: ConsolePerson;
}

export async function openConsoleSession(tx: Tx, input: { person: ConsolePerson; now: Date; userAgent: string | null }): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const row = await tx.consoleSession.create({
    data: {
      tokenHash: hashOf(token), csrfToken, employeeId: input.person.id, role: input.person.role,
      userAgent: input.userAgent?.slice(0, 200) ?? null, createdAt: input.now, lastSeenAt: input.now,
    },
    select: { id: true },
  });
  return { id: row.id, token, csrfToken };
}

/**
 * The live session behind a cookie value: not ended, used within the idle
 * limit, and its person still holding the role it was opened with (checked
 * against the database on every request). Null otherwise.
 */
export async function findConsoleSession(tx: Tx, token: string, now: Date): Promise<ActiveSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await tx.consoleSession.findUnique({ where: { tokenHash: hashOf(token) }, select: { id: true, csrfToken: true, employeeId: true, role: true, lastSeenAt: true, endedAt: true } });
  if (!row || row.endedAt || now.getTime() - row.lastSeenAt.getTime() >= CONSOLE_IDLE_MS) return null;
  const person = await consolePersonOf(tx, row.employeeId);
  if (!person || person.role !== row.role) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await tx.consoleSession.updateMany({ where: { id: row.id, endedAt: null }, data: { lastSeenAt: now } });
  }
  return { id: row.id, csrfToken: row.csrfToken, person };
}

/** The person's sessions still open (not ended, not idle past the limit), newest first. */
export async function listConsoleSessions(tx: Tx, employeeId: number, now: Date) {
  return tx.consoleSession.findMany({
    where: { employeeId, endedAt: null, lastSeenAt: { gt: new Date(now.getTime() - CONSOLE_IDLE_MS) } },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
}

/** Ends one of the person's own sessions (sign-out, or revoking another device); false when it is not theirs or already ended. */
export async function endConsoleSession(tx: Tx, input: { person: ConsolePerson; sessionId: number; now: Date; reason: 'signed_out' | 'revoked' }): Promise<boolean> {
  const { count } = await tx.consoleSession.updateMany({ where: { id: input.sessionId, employeeId: input.person.id, endedAt: null }, data: { endedAt: input.now } });
  if (count === 1) {
    await writeAudit(tx, { ...consoleActor(input.person), action: `console.${input.reason}`, entity: 'ConsoleSession', entityId: input.sessionId });
  }
  return count === 1;
}
