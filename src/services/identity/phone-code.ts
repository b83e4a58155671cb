import { randomInt } from 'node:crypto';
import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { hashOneTimeCode, oneTimeCodeMatches } from './one-time-code-hash';
import { CODES_PER_DAY, CODES_PER_HOUR, DAY_MS, HOUR_MS, PHONE_CODE_DIGITS, PHONE_CODE_TTL_MS } from './link-limits';

export const PHONE_CODE_PURPOSE = 'OTP';

/** "062318475" -> "062 318 475": easier to read off a notification. */
export const groupDigits = (code: string) => code.replace(/(\d{3})(?=\d)/g, '$1 ');

/** The code as the outbox keeps it once the message is sent: every digit masked. */
const maskedCode = (code: string) => groupDigits(code.replace(/\d/g, '•'));

/** "62812…" -> the WhatsApp chat of that number. */
export const whatsappChatOf = (phone: string) => `${phone.replace(/\D/g, '')}@s.whatsapp.net`;

type Subject = { identityId: number } | { employeeId: number };

/** Until when `subject` may get no more codes (CODES_PER_HOUR / CODES_PER_DAY over sliding windows), or null. */
async function codeCapUntil(tx: Tx, subject: Subject, now: Date): Promise<{ until: Date; window: 'hour' | 'day' } | null> {
  const recent = await tx.linkCode.findMany({
    where: { ...subject, purpose: PHONE_CODE_PURPOSE, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
    select: { createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: CODES_PER_DAY,
  });
  if (recent.length >= CODES_PER_DAY) return { until: new Date(recent[CODES_PER_DAY - 1]!.createdAt.getTime() + DAY_MS), window: 'day' };
  const lastHour = recent.filter((r) => r.createdAt.getTime() > now.getTime() - HOUR_MS);
  if (lastHour.length >= CODES_PER_HOUR) return { until: new Date(lastHour[CODES_PER_HOUR - 1]!.createdAt.getTime() + HOUR_MS), window: 'hour' };
  return null;
}

function capError(cap: { until: Date; window: 'hour' | 'day' }, now: Date): AppError {
  const ms = cap.until.getTime() - now.getTime();
  return cap.window === 'hour'
    ? new AppError('link.too_many_codes', { minutes: Math.max(1, Math.ceil(ms / 60_000)) })
    : new AppError('link.too_many_codes_day', { hours: Math.max(1, Math.ceil(ms / HOUR_MS)) });
}

/**
 * Sends a fresh phone code for linking chat `identityId` to the employee, by
 * WhatsApp to `phone`. The chat's earlier live code for that employee stops
 * working (one live code per chat and employee). Only a salted hash of the
 * code is stored, and the outbox keeps the message with the code masked once
 * it is sent. Refused with
 * 'link.too_many_codes' / 'link.too_many_codes_day' when the chat or the
 * employee has had its codes for the hour or day. Call after
 * guardEmployeeLinking, so the employee's count is exact.
 */
export async function issuePhoneCode(
  tx: Tx,
  input: { identityId: number; employeeId: number; phone: string; lang: Language; now: Date },
): Promise<void> {
  const cap = (await codeCapUntil(tx, { identityId: input.identityId }, input.now)) ?? (await codeCapUntil(tx, { employeeId: input.employeeId }, input.now));
  if (cap) throw capError(cap, input.now);
  await tx.linkCode.updateMany({
    where: { purpose: PHONE_CODE_PURPOSE, identityId: input.identityId, employeeId: input.employeeId, usedAt: null, expiresAt: { gt: input.now } },
    data: { expiresAt: input.now, codeHash: null },
  });
  const code = String(randomInt(0, 10 ** PHONE_CODE_DIGITS)).padStart(PHONE_CODE_DIGITS, '0');
  const row = await tx.linkCode.create({
    data: {
      codeHash: await hashOneTimeCode(code),
      employeeId: input.employeeId,
      identityId: input.identityId,
      purpose: PHONE_CODE_PURPOSE,
      expiresAt: new Date(input.now.getTime() + PHONE_CODE_TTL_MS),
      createdBy: 'self-service',
      createdAt: input.now,
    },
    select: { id: true },
  });
  await enqueue(tx, [
    {
      channel: 'WHATSAPP',
      chatId: whatsappChatOf(input.phone),
      purpose: 'code',
      message: {
        kind: 'text',
        text: translate(input.lang, 'link.otp_message', { code: groupDigits(code) }),
        afterSend: translate(input.lang, 'link.otp_message', { code: maskedCode(code) }),
      },
    },
  ]);
  await writeAudit(tx, {
    actorType: 'SYSTEM',
    actorName: 'link-account',
    action: 'identity.otp_sent',
    entity: 'ChatIdentity',
    entityId: input.identityId,
    data: { employeeId: input.employeeId, linkCodeId: row.id },
  });
}

/**
 * Compares `code` with the one live phone code of this chat and employee.
 * 'none' when there is no live code (expired, replaced or used): nothing to
 * guess at. On 'match' the code is marked used and its hash wiped.
 */
export async function checkPhoneCode(
  tx: Tx,
  input: { identityId: number; employeeId: number; code: string; now: Date },
): Promise<'match' | 'wrong' | 'none'> {
  const live = await tx.linkCode.findFirst({
    where: { purpose: PHONE_CODE_PURPOSE, identityId: input.identityId, employeeId: input.employeeId, usedAt: null, expiresAt: { gt: input.now }, codeHash: { not: null } },
    select: { id: true, codeHash: true },
    orderBy: { id: 'desc' },
  });
  if (!live) return 'none';
  if (!(await oneTimeCodeMatches(live.codeHash, input.code))) return 'wrong';
  const claimed = await tx.linkCode.updateMany({ where: { id: live.id, usedAt: null }, data: { usedAt: input.now, codeHash: null } });
  return claimed.count === 1 ? 'match' : 'none';
}
