import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { linkCodeLookup, oneTimeCodeMatches } from '../identity/one-time-code-hash';
import { type LinkPause, linkPause, pauseError, recordLinkFailure } from '../identity/link-throttle';
import { verifyIdentity } from '../identity/verify-identity';
import { LINK_CODE_PURPOSE, normalizeLinkCode } from './link-code-format';

export type RedeemError = 'unknown' | 'expired' | 'used' | 'paused';

export interface LinkedEmployee {
  id: number;
  nip: string;
  name: string;
  language: string;
}

export type RedeemResult =
  | { ok: true; employee: LinkedEmployee }
  | { ok: false; error: RedeemError; pause?: LinkPause };

type Failure = Exclude<RedeemError, 'paused'>;

async function fail(tx: Tx, identityId: number, now: Date, error: Failure): Promise<RedeemResult> {
  const pause = await recordLinkFailure(tx, { identityId, reason: 'link_code', now });
  return pause ? { ok: false, error: 'paused', pause } : { ok: false, error };
}

const codeSelect = {
  id: true, codeHash: true, purpose: true, expiresAt: true, usedAt: true,
  employee: { select: { id: true, nip: true, name: true, language: true, active: true } },
} as const;

/** The stored code `code` was made from: the rows sharing its lookup tag, compared one by one with their salted hashes. */
async function findLinkCode(tx: Tx, code: string) {
  const candidates = await tx.linkCode.findMany({ where: { lookup: linkCodeLookup(code), codeHash: { not: null } }, select: codeSelect });
  for (const candidate of candidates) if (await oneTimeCodeMatches(candidate.codeHash, code)) return candidate;
  return null;
}

/**
 * Links the chat identity to the employee an HR link code was made for. A
 * wrong, expired or used code counts as a failed attempt; the fifth in a row
 * pauses the identity for 15 minutes (ChatIdentity.failedLinkAttempts /
 * linkPausedUntil), and the chat's day budget (link-limits.ts) pauses it
 * longer. The failure count is written in `tx`, so the caller must
 * commit it even when the answer is an error. On success: identity verified,
 * failures reset, code marked used and its hash wiped (a used code is then
 * simply unknown), audited.
 */
export async function tryRedeemLinkCode(tx: Tx, input: { identityId: number; code: string; now: Date }): Promise<RedeemResult> {
  const pause = await linkPause(tx, input.identityId, input.now);
  if (pause) return { ok: false, error: 'paused', pause };
  const code = normalizeLinkCode(input.code);
  const found = await findLinkCode(tx, code);
  if (!found || found.purpose !== LINK_CODE_PURPOSE || !found.employee.active) return fail(tx, input.identityId, input.now, 'unknown');
  if (found.usedAt) return fail(tx, input.identityId, input.now, 'used');
  if (found.expiresAt <= input.now) return fail(tx, input.identityId, input.now, 'expired');
  const claimed = await tx.linkCode.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: input.now, codeHash: null, lookup: null } });
  if (claimed.count === 0) return fail(tx, input.identityId, input.now, 'used');
  const { active: _active, ...employee } = found.employee;
  await verifyIdentity(tx, { identityId: input.identityId, employeeId: employee.id, now: input.now, method: 'link_code' });
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: employee.id,
    actorName: employee.name,
    action: 'link_code.redeemed',
    entity: 'LinkCode',
    entityId: found.id,
    data: { identityId: input.identityId },
  });
  return { ok: true, employee };
}

/**
 * tryRedeemLinkCode for a flow step: the employee on success, otherwise an
 * AppError ('link_code.unknown' | 'link_code.expired' | 'link_code.used' |
 * 'link.paused' {minutes} | 'link.paused_day' {hours}) for the step to answer with. Catch it and let the
 * turn commit, or the failed attempt is not counted.
 */
export async function redeemLinkCode(
  tx: Tx,
  input: { identityId: number; code: string; now: Date },
): Promise<LinkedEmployee & { employee: LinkedEmployee }> {
  const result = await tryRedeemLinkCode(tx, input);
  if (result.ok) return { ...result.employee, employee: result.employee };
  if (result.error === 'paused' && result.pause) throw pauseError(result.pause, input.now);
  throw new AppError(`link_code.${result.error}`);
}
