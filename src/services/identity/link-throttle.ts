import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { CHAT_FAILURES_PER_DAY, DAY_MS } from './link-limits';

export const MAX_LINK_FAILURES = 5;
export const LINK_PAUSE_MS = 15 * 60_000;

export type LinkFailureReason = 'no_match' | 'phone_code' | 'link_code';

/** Why and until when a chat may not try to link: a short pause after wrong answers in a row, or the day's budget. */
export interface LinkPause {
  until: Date;
  kind: 'row' | 'day';
}

/** When the oldest failure of the last 24 hours leaves the window, if the chat has used its day's budget. */
async function dayLimitUntil(tx: Tx, identityId: number, now: Date): Promise<Date | null> {
  const recent = await tx.linkFailure.findMany({
    where: { identityId, at: { gt: new Date(now.getTime() - DAY_MS) } },
    select: { at: true },
    orderBy: { at: 'desc' },
    take: CHAT_FAILURES_PER_DAY,
  });
  if (recent.length < CHAT_FAILURES_PER_DAY) return null;
  return new Date(recent[recent.length - 1]!.at.getTime() + DAY_MS);
}

/** Whether the chat is paused now (checked before any answer is compared). */
export async function linkPause(tx: Tx, identityId: number, now: Date): Promise<LinkPause | null> {
  const day = await dayLimitUntil(tx, identityId, now);
  if (day) return { until: day, kind: 'day' };
  const identity = await tx.chatIdentity.findUniqueOrThrow({ where: { id: identityId }, select: { linkPausedUntil: true } });
  return identity.linkPausedUntil && identity.linkPausedUntil > now ? { until: identity.linkPausedUntil, kind: 'row' } : null;
}

/**
 * Records a wrong answer for the chat (and the employee it was about, if
 * any): the fifth in a row pauses the chat for 15 minutes, the
 * CHAT_FAILURES_PER_DAY-th in 24 hours until a day after the oldest of them.
 * Returns the pause that now applies, if any.
 */
export async function recordLinkFailure(
  tx: Tx,
  input: { identityId: number; employeeId?: number | null; reason: LinkFailureReason; now: Date },
): Promise<LinkPause | null> {
  await tx.linkFailure.create({
    data: { at: input.now, identityId: input.identityId, employeeId: input.employeeId ?? null, reason: input.reason },
  });
  const identity = await tx.chatIdentity.update({
    where: { id: input.identityId },
    data: { failedLinkAttempts: { increment: 1 } },
    select: { failedLinkAttempts: true },
  });
  let pause: LinkPause | null = null;
  if (identity.failedLinkAttempts >= MAX_LINK_FAILURES) {
    const until = new Date(input.now.getTime() + LINK_PAUSE_MS);
    await tx.chatIdentity.update({ where: { id: input.identityId }, data: { failedLinkAttempts: 0, linkPausedUntil: until } });
    pause = { until, kind: 'row' };
  }
  const day = await dayLimitUntil(tx, input.identityId, input.now);
  return day ? { until: day, kind: 'day' } : pause;
}

const minutesLeft = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

/** The refusal a person reads for a pause: minutes for a short one, hours for the day's budget. */
export function pauseError(pause: LinkPause, now: Date): AppError {
  if (pause.kind === 'row') return new AppError('link.paused', { minutes: minutesLeft(pause.until, now) });
  return new AppError('link.paused_day', { hours: Math.max(1, Math.ceil((pause.until.getTime() - now.getTime()) / 3_600_000)) });
}

/** Throws the pause's refusal when the chat is paused. */
export async function assertNotPaused(tx: Tx, identityId: number, now: Date): Promise<void> {
  const pause = await linkPause(tx, identityId, now);
  if (pause) throw pauseError(pause, now);
}
