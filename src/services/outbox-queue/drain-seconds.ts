/** Seconds to send `messages` at `rate` messages a second (rounded up); null when the rate is unknown. */
export function drainSeconds(messages: number, rate: number | undefined): number | null {
  if (rate === undefined || !(rate > 0)) return null;
  return Math.ceil(messages / rate);
}
