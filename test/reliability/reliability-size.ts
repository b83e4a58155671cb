/** Full size locally; the short form (RELIABILITY_SHORT=1, or `-- --short`) in CI. */
export const short = process.env.RELIABILITY_SHORT === '1' || process.argv.includes('--short');

export const sizeOf = (full: number, shortForm: number): number => (short ? shortForm : full);

/** A deterministic random source, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}
