import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { hashOneTimeCode, oneTimeCodeMatches } from '../identity/one-time-code-hash';
import { consoleActor, consolePersonOf, type ConsolePerson } from './console-access';
import { openConsoleSession, type OpenedSession } from './console-session';

/** A sign-in link is valid this long, and used once. */
export const CONSOLE_LINK_TTL_MS = 10 * 60_000;
/** At most this many links per person an hour (a leaked chat cannot mint them without end). */
const LINKS_PER_HOUR = 10;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const lookupOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 16);

export const isConsoleTokenShaped = (token: string) => TOKEN_SHAPE.test(token);

/**
 * A one-time sign-in link token for the console, bound to the employee and the
 * role they hold now (HR or SUPERVISOR). Anyone else gets
 * AppError('console.not_allowed'). Only a salted scrypt hash is stored.
 */
export async function createConsoleLink(tx: Tx, input: { employeeId: number; now: Date; via: string }): Promise<{ token: string; expiresAt: Date; person: ConsolePerson }> {
  const person = await consolePersonOf(tx, input.employeeId);
  if (!person) throw new AppError('console.not_allowed');
  const recent = await tx.consoleLink.count({ where: { employeeId: person.id, createdAt: { gt: new Date(input.now.getTime() - 3_600_000) } } });
  if (recent >= LINKS_PER_HOUR) throw new AppError('console.too_many_links');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + CONSOLE_LINK_TTL_MS);
  const link = await tx.consoleLink.create({
    data: { lookup: lookupOf(token), tokenHash: await hashOneTimeCode(token), employeeId: person.id, role: person.role, expiresAt, createdVia: input.via, createdAt: input.now },
    select: { id: true },
  });
  await writeAudit(tx, { ...consoleActor(person), channel: input.via, action: 'console.link_created', entity: 'ConsoleLink', entityId: link.id, data: { role: person.role } });
  return { token, expiresAt, person };
}

/**
 * Signs in with a link token: it must exist, be unused, unexpired and its
 * person must still hold the role it was made for. The link is spent (its hash
 * wiped) and a session opened in the same transaction. Any failure is
 * AppError('console.link_invalid'), whatever the reason.
 */
export async function redeemConsoleLink(tx: Tx, input: { token: string; now: Date; userAgent: string | null }): Promise<OpenedSession> {
  const invalid = new AppError('console.link_invalid');
  if (!isConsoleTokenShaped(input.token)) throw invalid;
  const link = await tx.consoleLink.findUnique({ where: { lookup: lookupOf(input.token) }, select: { id: true, tokenHash: true, employeeId: true, role: true, expiresAt: true, usedAt: true } });
  if (!link || link.usedAt || link.expiresAt <= input.now || !(await oneTimeCodeMatches(link.tokenHash, input.token))) throw invalid;
  const { count } = await tx.consoleLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: input.now, tokenHash: null } });
  if (count !== 1) throw invalid;
  const person = await consolePersonOf(tx, link.employeeId);
  if (!person || person.role !== link.role) throw invalid;
  const session = await openConsoleSession(tx, { person, now: input.now, userAgent: input.userAgent });
  await writeAudit(tx, { ...consoleActor(person), action: 'console.signed_in', entity: 'ConsoleSession', entityId: session.id, data: { linkId: link.id, role: person.role } });
  return session;
}
