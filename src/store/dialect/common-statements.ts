import { Prisma as Sql } from '../../generated/sqlite/client';
import type { Prisma } from '../database';

/**
 * Statements both databases run alike, shared by both dialects: written
 * once, and still only here.
 */

/** One statement that records each sent row's channel message id, for a batch (`$transaction([...])`). */
export function recordChannelMessageIds(prisma: Prisma, sent: ReadonlyArray<{ id: number; channelMessageId: string }>): ReturnType<Prisma['$executeRaw']> {
  const cases = Sql.join(sent.map((o) => Sql.sql`WHEN ${o.id} THEN ${o.channelMessageId}`), ' ');
  const ids = Sql.join(sent.map((o) => o.id));
  return prisma.$executeRaw`UPDATE "OutboxMessage" SET "channelMessageId" = CASE "id" ${cases} END WHERE "id" IN (${ids})`;
}
