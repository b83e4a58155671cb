import { AppError } from '../../domain/app-error';
import { jakartaDay } from '../../domain/day';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';
import { guardEmployeeLinking } from './employee-link-guard';
import { isPrivileged } from './is-privileged';
import { assertNotPaused, pauseError, recordLinkFailure } from './link-throttle';
import { checkPhoneCode, issuePhoneCode } from './phone-code';
import { verifyIdentity } from './verify-identity';

const maskPhone = (phone: string) => `${phone.slice(0, 4)}****${phone.slice(-3)}`;

/** Which channels can carry a phone code: WhatsApp, when it is configured. */
export interface PhoneCodeChannels {
  whatsapp: boolean;
}

/**
 * Second way to link a chat: NIP and date of birth must match the record;
 * then a code goes to the phone on record over WhatsApp (a WhatsApp chat from
 * that very number is linked at once: WhatsApp proved the number). A mismatch
 * says nothing about which part was wrong and counts against the chat and the
 * employee (link-limits.ts). Refused, with what to do instead: when the
 * employee's failure budget is spent ('link.closed'), for people who decide
 * for others or work in HR ('link.privileged'), and when no configured
 * channel reaches the employee's phone ('link.no_channel').
 */
export async function startPhoneVerification(
  tx: Tx,
  input: { identityId: number; nip: string; birthDate: string; now: Date; lang: Language; channels: PhoneCodeChannels },
): Promise<{ employeeId: number; maskedPhone: string; linkedAs?: string }> {
  await assertNotPaused(tx, input.identityId, input.now);
  const employee = await tx.employee.findUnique({
    where: { nip: input.nip },
    select: { id: true, birthDate: true, phone: true, active: true, language: true },
  });
  const known = employee?.active ? employee : null;
  if (known && (await guardEmployeeLinking(tx, known.id, input.now)).closed) throw new AppError('link.closed');
  if (!known || known.birthDate !== input.birthDate) {
    const pause = await recordLinkFailure(tx, { identityId: input.identityId, employeeId: known?.id ?? null, reason: 'no_match', now: input.now });
    throw pause ? pauseError(pause, input.now) : new AppError('link.no_match');
  }
  if (await isPrivileged(tx, known.id, jakartaDay(input.now))) throw new AppError('link.privileged');
  const identity = await tx.chatIdentity.findUniqueOrThrow({ where: { id: input.identityId }, select: { channel: true, phone: true } });
  if (known.phone && identity.channel === 'WHATSAPP' && identity.phone && identity.phone.replace(/\D/g, '') === known.phone.replace(/\D/g, '')) {
    const linked = await verifyIdentity(tx, { identityId: input.identityId, employeeId: known.id, now: input.now, method: 'whatsapp_phone' });
    return { employeeId: known.id, maskedPhone: maskPhone(known.phone), linkedAs: linked.name };
  }
  if (!known.phone || !input.channels.whatsapp) throw new AppError('link.no_channel');
  await issuePhoneCode(tx, { identityId: input.identityId, employeeId: known.id, phone: known.phone, lang: known.language as Language, now: input.now });
  return { employeeId: known.id, maskedPhone: maskPhone(known.phone) };
}

/** Checks the code sent to the phone; on success the chat is linked and verified. */
export async function confirmPhoneVerification(
  tx: Tx,
  input: { identityId: number; employeeId: number; code: string; now: Date },
): Promise<{ name: string }> {
  await assertNotPaused(tx, input.identityId, input.now);
  if ((await guardEmployeeLinking(tx, input.employeeId, input.now)).closed) throw new AppError('link.closed');
  const result = await checkPhoneCode(tx, input);
  if (result === 'none') throw new AppError('link.otp_expired');
  if (result === 'wrong') {
    const pause = await recordLinkFailure(tx, { identityId: input.identityId, employeeId: input.employeeId, reason: 'phone_code', now: input.now });
    throw pause ? pauseError(pause, input.now) : new AppError('link.otp_wrong');
  }
  return verifyIdentity(tx, { identityId: input.identityId, employeeId: input.employeeId, now: input.now, method: 'otp' });
}
