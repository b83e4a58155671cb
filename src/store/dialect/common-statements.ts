import { randomBytes } from 'node:crypto';
import { Prisma as Sql } from '../../generated/sqlite/client';
import type { Prisma, Tx } from '../database';

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

/** A savepoint's name no other savepoint open at the time has. */
export function savepointName(): string {
  return `sp_${randomBytes(6).toString('hex')}`;
}

/**
 * Runs `fn` inside a savepoint of the caller's transaction: when it throws,
 * everything it wrote is undone before the error goes up. SAVEPOINT works
 * the same on SQLite and PostgreSQL.
 */
export async function withSavepoint<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const name = savepointName();
  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  try {
    const result = await fn();
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    throw error;
  }
}

/** A leave step waiting for its approver, with what the HR digest shows of it. */
export interface WaitingStepRow {
  ref: string;
  typeCode: string;
  startDate: string;
  endDate: string;
  name: string;
  nip: string;
  unit: string;
  approver: string;
  activatedAt: Date | string | null;
  createdAt: Date | string;
  escalatedAt: Date | string | null;
}

/** Every step waiting for its approver, in one joined query (thousands of rows on a busy day). */
export function waitingApprovalSteps(tx: Tx): Promise<WaitingStepRow[]> {
  return tx.$queryRaw<WaitingStepRow[]>`
    SELECT r."ref", r."typeCode", r."startDate", r."endDate", e."name", e."nip", u."name" AS "unit",
           COALESCE(d."name", a."name") AS "approver", s."activatedAt", s."createdAt", s."escalatedAt"
    FROM "ApprovalStep" s
    JOIN "LeaveRequest" r ON r."id" = s."requestId"
    JOIN "Employee" e ON e."id" = r."employeeId"
    JOIN "OrgUnit" u ON u."id" = e."unitId"
    JOIN "Employee" a ON a."id" = s."approverId"
    LEFT JOIN "Employee" d ON d."id" = s."delegateId"
    WHERE s."status" = 'PENDING' AND r."status" = 'PENDING' AND r."currentStep" = s."order"`;
}
