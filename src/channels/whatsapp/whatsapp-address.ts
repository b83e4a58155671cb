/** Who a direct WhatsApp message is from: the phone-number JID and/or the LID. */
export interface WhatsappAddress {
  /** `628…@s.whatsapp.net`, normalized (no device). */
  phoneJid?: string;
  /** `…@lid`, normalized (no device). */
  lid?: string;
}

const PHONE_SERVERS = new Set(['s.whatsapp.net', 'c.us']);
const LID_SERVERS = new Set(['lid']);

function split(jid: string | null | undefined): { user: string; server: string } | null {
  const at = jid?.lastIndexOf('@') ?? -1;
  if (!jid || at <= 0) return null;
  // "628123:12@s.whatsapp.net" (a device) and "628123_1@…" (an agent) name the same person.
  const user = jid.slice(0, at).split(':')[0]!.split('_')[0]!;
  return user ? { user, server: jid.slice(at + 1) } : null;
}

/** The phone-number JID of `jid`, normalized, or null when it is no phone-number JID. */
export function phoneJidOf(jid: string | null | undefined): string | null {
  const parts = split(jid);
  return parts && PHONE_SERVERS.has(parts.server) && /^\d{5,20}$/.test(parts.user) ? `${parts.user}@s.whatsapp.net` : null;
}

/** The LID of `jid`, normalized, or null when it is no LID. */
export function lidOf(jid: string | null | undefined): string | null {
  const parts = split(jid);
  return parts && LID_SERVERS.has(parts.server) ? `${parts.user}@lid` : null;
}

/** "628123@s.whatsapp.net" -> "628123". */
export const phoneDigitsOf = (phoneJid: string) => phoneJid.slice(0, phoneJid.indexOf('@'));

/** Chats SAPA never answers in: groups, status updates, broadcast lists, channels. */
export function isSharedChat(jid: string): boolean {
  return /@(g\.us|broadcast|newsletter)$/.test(jid) || jid === 'status@broadcast';
}

/**
 * The addresses of a direct message's sender from its key. v7 addresses a
 * chat either by phone number (then the alternate id is the LID) or by LID
 * (then the alternate id, when WhatsApp sends it, is the phone number).
 * `senderPn` is where older releases put the phone number.
 */
export function addressOf(key: { remoteJid?: string | null; remoteJidAlt?: string | null; senderPn?: string | null }): WhatsappAddress {
  const candidates = [key.remoteJid, key.remoteJidAlt, key.senderPn];
  const phoneJid = candidates.map(phoneJidOf).find((j) => j !== null);
  const lid = candidates.map(lidOf).find((j) => j !== null);
  return { ...(phoneJid ? { phoneJid } : {}), ...(lid ? { lid } : {}) };
}
