/**
 * The phone number on a shared contact card, digits only: WhatsApp's own
 * `waid=` when present (the number's WhatsApp id), else the first TEL line.
 */
export function vcardPhone(vcard: string | null | undefined): string | null {
  if (!vcard) return null;
  const waid = /waid=(\d{5,20})/i.exec(vcard);
  if (waid) return waid[1]!;
  const tel = /^TEL[^:\n]*:([^\n]+)$/im.exec(vcard);
  const digits = tel?.[1]?.replace(/\D/g, '') ?? '';
  return digits.length >= 5 ? digits : null;
}
