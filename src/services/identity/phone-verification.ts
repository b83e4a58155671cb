import { createHash, randomInt } from 'node:crypto';
import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { linkPausedUntil, recordLinkFailure } from './link-throttle';
import { verifyIdentity } from './verify-identity';

const OTP_TTL_MS = 10 * 60_000;

const otpHash = (identityId: number, code: string) => createHash('sha256').update(`otp:${identityId}:${code}`).digest('hex');

const maskPhone = (phone: string) => `${phone.slice(0, 4)}****${phone.slice(-3)}`;

/** "62812…" -> the WhatsApp chat of that number. */
export const whatsappChatOf = (phone: string) => `${phone.replace(/\D/g, '')}@s.whatsapp.net`;

/**
 * Second way to link a chat: NIP and date of birth must match the record;
 * then a 6-digit code goes to the phone on record over WhatsApp (a WhatsApp
 * chat from that very number is linked at once: WhatsApp proved the number). A mismatch
 * says nothing about which part was wrong and counts towards the pause.
 */
export async function startPhoneVerification(
  tx: Tx,
  input: { identityId: number; nip: string; birthDate: string; now: Date; lang: Language },
): Promise<{ employeeId: number; maskedPhone: string; linkedAs?: string }> {
  const paused = await linkPausedUntil(tx, input.identityId, input.now);
  if (paused) throw new AppError('link.paused', { minutes: Math.ceil((paused.getTime() - input.now.getTime()) / 60_000) });
  const employee = await tx.employee.findUnique({
    where: { nip: input.nip },
    select: { id: true, birthDate: true, phone: true, active: true, language: true },
  });
  if (!employee || !employee.active || employee.birthDate !== input.birthDate) {
    const until = await recordLinkFailure(tx, input.identityId, input.now);
    throw until ? new AppError('link.paused', { minutes: 15 }) : new AppError('link.no_match');
  }
  if (!employee.phone) throw new AppError('link.no_phone');
  const identity = await tx.chatIdentity.findUniqueOrThrow({ where: { id: input.identityId }, select: { channel: true, phone: true } });
  if (identity.channel === 'WHATSAPP' && identity.phone && identity.phone.replace(/\D/g, '') === employee.phone.replace(/\D/g, '')) {
    const linked = await verifyIdentity(tx, { identityId: input.identityId, employeeId: employee.id, now: input.now, method: 'whatsapp_phone' });
    return { employeeId: employee.id, maskedPhone: maskPhone(employee.phone), linkedAs: linked.name };
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await tx.linkCode.create({
    data: {
      codeHash: otpHash(input.identityId, code),
      employeeId: employee.id,
      purpose: 'OTP',
      expiresAt: new Date(input.now.getTime() + OTP_TTL_MS),
      createdBy: 'self-service',
    },
  });
  await enqueue(tx, [
    {
      channel: 'WHATSAPP',
      chatId: whatsappChatOf(employee.phone),
      message: { kind: 'text', text: translate(employee.language as Language, 'link.otp_message', { code }) },
    },
  ]);
  await writeAudit(tx, {
    actorType: 'SYSTEM',
    actorName: 'link-account',
    action: 'identity.otp_sent',
    entity: 'ChatIdentity',
    entityId: input.identityId,
    data: { employeeId: employee.id },
  });
  return { employeeId: employee.id, maskedPhone: maskPhone(employee.phone) };
}

/** Checks the code sent to the phone; on success the chat is linked and verified. */
export async function confirmPhoneVerification(
  tx: Tx,
  input: { identityId: number; employeeId: number; code: string; now: Date },
): Promise<{ name: string }> {
  const paused = await linkPausedUntil(tx, input.identityId, input.now);
  if (paused) throw new AppError('link.paused', { minutes: Math.ceil((paused.getTime() - input.now.getTime()) / 60_000) });
  const row = await tx.linkCode.findUnique({
    where: { codeHash: otpHash(input.identityId, input.code) },
    select: { id: true, employeeId: true, expiresAt: true, usedAt: true, purpose: true },
  });
  if (!row || row.purpose !== 'OTP' || row.employeeId !== input.employeeId || row.usedAt || row.expiresAt <= input.now) {
    const until = await recordLinkFailure(tx, input.identityId, input.now);
    if (until) throw new AppError('link.paused', { minutes: 15 });
    throw new AppError(row && row.expiresAt <= input.now ? 'link.otp_expired' : 'link.otp_wrong');
  }
  await tx.linkCode.update({ where: { id: row.id }, data: { usedAt: input.now } });
  return verifyIdentity(tx, { identityId: input.identityId, employeeId: input.employeeId, now: input.now, method: 'otp' });
}
