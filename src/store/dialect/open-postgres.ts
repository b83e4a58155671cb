import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from '../../generated/postgresql/client';
import type { Database, Prisma } from '../database';
import { postgresDialect } from './postgres-dialect';

/** Opens PostgreSQL through a pool of 20 connections. */
export async function openPostgres(url: string): Promise<Database> {
  const dialect = postgresDialect(url);
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max: 20 }) });
  const prisma = client.$extends({ client: { $dialect: dialect } }) as unknown as Prisma;
  return { prisma, provider: 'postgresql', url, dialect, close: () => prisma.$disconnect() };
}
