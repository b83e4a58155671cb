import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-hub-signature-256';

/** Meta's signature of a webhook body: `sha256=` and the hex HMAC-SHA256 of the raw bytes with the app secret. */
export function signBody(appSecret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** Whether `header` is the app's signature of exactly these bytes (compared in constant time). */
export function signatureMatches(appSecret: string, body: Buffer, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = Buffer.from(signBody(appSecret, body), 'utf8');
  const given = Buffer.from(header.toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Compares two secrets in constant time (the verify token of the handshake). */
export function sameSecret(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = createHmac('sha256', 'compare').update(expected).digest();
  const b = createHmac('sha256', 'compare').update(given).digest();
  return timingSafeEqual(a, b);
}
