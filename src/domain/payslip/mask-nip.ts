/**
 * A NIP shown where strangers may read it (verification page, logs):
 * "199001012015031001" -> "1990**********1001". A quarter of the digits (at
 * most 4) stays visible at each end; the rest is starred.
 */
export function maskNip(nip: string): string {
  const visible = Math.min(4, Math.floor(nip.length / 4));
  if (visible === 0) return '*'.repeat(nip.length);
  return nip.slice(0, visible) + '*'.repeat(nip.length - 2 * visible) + nip.slice(-visible);
}
