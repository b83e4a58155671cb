import type { PaperKind } from './take-request-paper';

/** Button value of a request's paper on an approver's card: `paper:<FORM|LETTER>:<request id>` (the request_paper flow answers it). */
export const PAPER_PREFIX = 'paper:';

export function paperValue(kind: PaperKind, requestId: number): string {
  return `${PAPER_PREFIX}${kind}:${requestId}`;
}

/** A paper button's value read back (never trusted: the flow checks who may have it), or null. */
export function readPaperValue(value: string): { kind: PaperKind; requestId: number } | null {
  const [prefix, kind, id, extra] = value.split(':');
  if (`${prefix}:` !== PAPER_PREFIX || extra !== undefined || (kind !== 'FORM' && kind !== 'LETTER') || !/^\d{1,9}$/.test(id ?? '')) return null;
  return { kind, requestId: Number(id) };
}
