import type { Tx } from '../../store/database';

export const MAX_LINK_FAILURES = 5;
export const LINK_PAUSE_MS = 15 * 60_000;

/** When the identity may try again, or null when it is not paused. */
export async function linkPausedUntil(tx: Tx, identityId: number, now: Date): Promise<Date | null> {
  const identity = await tx.chatIdentity.findUniqueOrThrow({ where: { id: identityId }, select: { linkPausedUntil: true } });
  return identity.linkPausedUntil && identity.linkPausedUntil > now ? identity.linkPausedUntil : null;
}

/** Counts a wrong answer; the fifth in a row pauses linking for 15 minutes. Returns the pause end, if any. */
export async function recordLinkFailure(tx: Tx, identityId: number, now: Date): Promise<Date | null> {
  const identity = await tx.chatIdentity.update({
    where: { id: identityId },
    data: { failedLinkAttempts: { increment: 1 } },
    select: { failedLinkAttempts: true },
  });
  if (identity.failedLinkAttempts < MAX_LINK_FAILURES) return null;
  const until = new Date(now.getTime() + LINK_PAUSE_MS);
  await tx.chatIdentity.update({ where: { id: identityId }, data: { failedLinkAttempts: 0, linkPausedUntil: until } });
  return until;
}
