import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient as PostgresClient } from '../../generated/postgresql/client';
import type { Database, Prisma } from '../database';
import { bundleTransactionEnds } from './bundle-transaction-ends';
import { postgresDialect } from './postgres-dialect';

const POOL_SIZE = 20;

/** Opens PostgreSQL through a pool of 20 connections, whose use /metrics reads. */
export async function openPostgres(url: string): Promise<Database> {
  const dialect = postgresDialect(url);
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  bundleTransactionEnds(pool);
  // The adapter ends the pool when the client disconnects.
  const client = new PostgresClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  const prisma = client.$extends({ client: { $dialect: dialect } }) as unknown as Prisma;
  const poolUse = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: POOL_SIZE });
  return { prisma, provider: 'postgresql', url, dialect, poolUse, close: () => prisma.$disconnect() };
}
