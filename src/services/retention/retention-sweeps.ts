import { addDays, jakartaDay } from '../../domain/day';
import type { RetentionPolicy } from '../../domain/retention/retention-policy';
import { stripFreeText } from '../../domain/retention/strip-free-text';
import { asJson, type Tx } from '../../store/database';

const DAY_MS = 86_400_000;
/** Files sent during a conversation that never became part of a request: a draft lives at most one session (SESSION_IDLE_MINUTES <= 1 day). */
const UNATTACHED_DOCUMENT_DAYS = 2;
const AUDIT_MARK = 'audit_free_text';

/** One batch of one kind of data: changes at most `limit` rows in `tx`; returns how many it changed and whether more may be left. */
export interface Sweep {
  kind: string;
  /** What the audit row and the digest call it. */
  run(tx: Tx, now: Date, limit: number): Promise<{ changed: number; more: boolean }>;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** A batch's outcome: `more` when it was full. */
const deleted = (count: number, limit: number) => ({ changed: count, more: count >= limit });

/** The sweeps the policy asks for, in the order they run (hashes wiped before their rows go). */
export function retentionSweeps(policy: RetentionPolicy): Sweep[] {
  return [
    {
      kind: 'sessions',
      async run(tx, now, limit) {
        const rows = await tx.conversationSession.findMany({
          where: { expiresAt: { lt: new Date(now.getTime() - policy.sessionGraceMinutes * 60_000) } }, select: { id: true }, take: limit,
        });
        const { count } = await tx.conversationSession.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
        return deleted(count, limit);
      },
    },
    {
      kind: 'processedEvents',
      async run(tx, now, limit) {
        const rows = await tx.processedEvent.findMany({ where: { processedAt: { lt: daysBefore(now, policy.processedEventDays) } }, select: { id: true }, take: limit });
        const { count } = await tx.processedEvent.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
        return deleted(count, limit);
      },
    },
    {
      kind: 'codesWiped',
      async run(tx, now, limit) {
        const rows = await tx.linkCode.findMany({
          where: { codeHash: { not: null }, OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] }, select: { id: true }, take: limit,
        });
        const { count } = await tx.linkCode.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { codeHash: null, lookup: null } });
        return deleted(count, limit);
      },
    },
    {
      kind: 'linkCodes',
      async run(tx, now, limit) {
        const rows = await tx.linkCode.findMany({
          where: { createdAt: { lt: daysBefore(now, policy.linkCodeDays) }, OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] },
          select: { id: true }, take: limit,
        });
        const { count } = await tx.linkCode.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
        return deleted(count, limit);
      },
    },
    linkFailureSweep(policy),
    outboxSweep(policy),
    leaveDocumentSweep(policy),
    auditTextSweep(policy),
  ];
}

/**
 * Wrong linking answers older than the policy, except those that still count
 * against an employee's failure budget (after its LinkGuard's countAfterId):
 * deleting those would reopen a closed NIP path.
 */
function linkFailureSweep(policy: RetentionPolicy): Sweep {
  return {
    kind: 'linkFailures',
    async run(tx, now, limit) {
      const cutoff = daysBefore(now, policy.linkFailureDays);
      let afterId = 0;
      for (;;) {
        const rows = await tx.linkFailure.findMany({
          where: { at: { lt: cutoff }, id: { gt: afterId } }, select: { id: true, employeeId: true }, orderBy: { id: 'asc' }, take: limit,
        });
        if (rows.length === 0) return { changed: 0, more: false };
        const employees = [...new Set(rows.flatMap((r) => (r.employeeId === null ? [] : [r.employeeId])))];
        const guards = await tx.linkGuard.findMany({ where: { employeeId: { in: employees } }, select: { employeeId: true, countAfterId: true } });
        const countAfter = new Map(guards.map((g) => [g.employeeId, g.countAfterId]));
        const spent = rows.filter((r) => r.employeeId === null || r.id <= (countAfter.get(r.employeeId) ?? 0)).map((r) => r.id);
        if (spent.length > 0) {
          const { count } = await tx.linkFailure.deleteMany({ where: { id: { in: spent } } });
          return { changed: count, more: true };
        }
        if (rows.length < limit) return { changed: 0, more: false };
        afterId = rows.at(-1)!.id;
      }
    },
  };
}

/**
 * Outbox rows sent (or given up) longer ago than the policy, except the card
 * of an approval step still open: its buttons are edited in place when the
 * step is decided (findSentCard). Walks the table in id order and stops at
 * the first row created after the cutoff: ids grow with createdAt, and a row
 * sent or given up before the cutoff was created before it, so nothing past
 * that row is due yet. Once the old rows are gone a run reads one page, not
 * the table. (A row created a moment before a lower-id row, the cutoff
 * between them, waits for the next night.)
 */
function outboxSweep(policy: RetentionPolicy): Sweep {
  return {
    kind: 'outboxMessages',
    async run(tx, now, limit) {
      const cutoff = daysBefore(now, policy.outboxDays);
      const due: number[] = [];
      let afterId = 0;
      for (;;) {
        const rows = await tx.outboxMessage.findMany({
          where: { id: { gt: afterId } }, select: { id: true, status: true, sentAt: true, createdAt: true, ref: true }, orderBy: { id: 'asc' }, take: limit,
        });
        const young = rows.findIndex((r) => r.createdAt >= cutoff);
        const old = young === -1 ? rows : rows.slice(0, young);
        const expired = old.filter((r) => (r.status === 'SENT' && r.sentAt !== null && r.sentAt < cutoff) || r.status === 'DEAD');
        due.push(...(await withoutOpenCards(tx, expired)));
        const end = young !== -1 || rows.length < limit;
        if (end || due.length >= limit) {
          const { count } = due.length === 0 ? { count: 0 } : await tx.outboxMessage.deleteMany({ where: { id: { in: due.slice(0, limit) } } });
          return { changed: count, more: !end || due.length > limit };
        }
        afterId = rows.at(-1)!.id;
      }
    },
  };
}

/** The ids of `rows` that carry no card of an approval step still open. */
async function withoutOpenCards(tx: Tx, rows: ReadonlyArray<{ id: number; ref: string | null }>): Promise<number[]> {
  const refs = [...new Set(rows.flatMap((r) => (r.ref ? [r.ref] : [])))];
  const open = new Set(
    refs.length === 0 ? [] : (await tx.approvalStep.findMany({ where: { token: { in: refs }, status: { in: ['WAITING', 'PENDING'] } }, select: { token: true } })).map((s) => s.token),
  );
  return rows.filter((r) => !r.ref || !open.has(r.ref)).map((r) => r.id);
}

/**
 * Files of leave requests whose leave ended more than the policy's years ago
 * (and which are no longer waiting for a decision), and files never attached
 * to a request: the bytes go, the row stays as the record that a letter was given.
 */
function leaveDocumentSweep(policy: RetentionPolicy): Sweep {
  return {
    kind: 'leaveDocuments',
    async run(tx, now, limit) {
      const lastDay = addDays(jakartaDay(now), -Math.round(policy.leaveDocumentYears * 365.25));
      const rows = await tx.leaveDocument.findMany({
        where: {
          purgedAt: null,
          OR: [
            { request: { is: { endDate: { lt: lastDay }, status: { notIn: ['DRAFT', 'PENDING'] } } } },
            { requestId: null, createdAt: { lt: daysBefore(now, UNATTACHED_DOCUMENT_DAYS) } },
          ],
        },
        select: { id: true }, take: limit,
      });
      const { count } = await tx.leaveDocument.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { content: new Uint8Array(0), purgedAt: now } });
      return deleted(count, limit);
    },
  };
}

/**
 * Audit rows older than the policy lose their free text (stripFreeText).
 * Walks the table in id order from a mark (RetentionMark), so each row is
 * read once; it stops at the first row still too young.
 */
function auditTextSweep(policy: RetentionPolicy): Sweep {
  return {
    kind: 'auditRowsStripped',
    async run(tx, now, limit) {
      const cutoff = daysBefore(now, Math.round(policy.auditTextYears * 365.25));
      const mark = await tx.retentionMark.findUnique({ where: { kind: AUDIT_MARK }, select: { throughId: true } });
      const rows = await tx.auditLog.findMany({
        where: { id: { gt: mark?.throughId ?? 0 } }, select: { id: true, at: true, data: true }, orderBy: { id: 'asc' }, take: limit,
      });
      const young = rows.findIndex((r) => r.at >= cutoff);
      const old = young === -1 ? rows : rows.slice(0, young);
      if (old.length === 0) return { changed: 0, more: false };
      let changed = 0;
      for (const row of old) {
        const stripped = stripFreeText(row.data);
        if (!stripped) continue;
        await tx.auditLog.update({ where: { id: row.id }, data: { data: asJson(stripped) }, select: { id: true } });
        changed += 1;
      }
      const throughId = old.at(-1)!.id;
      await tx.retentionMark.upsert({ where: { kind: AUDIT_MARK }, create: { kind: AUDIT_MARK, throughId }, update: { throughId }, select: { kind: true } });
      return { changed, more: young === -1 && rows.length >= limit };
    },
  };
}
