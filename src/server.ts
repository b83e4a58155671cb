import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { createConversationEngine } from './conversation/conversation-engine';
import type { FlowRegistry } from './conversation/flow-registry';
import { buildApp } from './http/build-app';
import { openDatabase, type Database } from './store/database';
import { applyMigrations } from './store/migrations/apply-migrations';
import { seedDemo } from './store/seed/seed-demo';
import { createLogger } from './logger';
import type { Composition, ServiceContext } from './module';

export interface RunningSapa {
  app: FastifyInstance;
  db: Database;
  ctx: ServiceContext;
  address: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds, and starts HTTP plus background services. */
export async function startSapa(config: Config, composition: Composition, clock: Clock = systemClock): Promise<RunningSapa> {
  const logger = createLogger(config.LOG_LEVEL);
  await applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL);
  if (config.SEED_DEMO) {
    const seeded = await seedDemo(db, clock);
    if (seeded) logger.info({ employees: seeded.employees }, 'demo organisation seeded');
  }
  let wake: () => void = () => undefined;
  const engine = createConversationEngine({
    db,
    clock,
    flows: composition.flows,
    idleMinutes: config.SESSION_IDLE_MINUTES,
    agency: { name: config.AGENCY_NAME, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}) },
    onOutbox: () => wake(),
  });
  const ctx: ServiceContext = { config, db, clock, logger, engine, flows: composition.flows, wakeOutbox: () => wake() };
  const parts = await Promise.all(composition.modules.map((factory) => factory(ctx)));
  const services = parts.flatMap((p) => p.services ?? []);
  if (composition.outbox) {
    const worker = composition.outbox(ctx, parts.flatMap((p) => p.senders ?? []));
    wake = () => worker.wake();
    services.unshift(worker);
  }
  const app = await buildApp({
    db,
    trustProxy: config.TRUST_PROXY,
    logger: { level: config.LOG_LEVEL },
    routes: parts.flatMap((p) => p.routes ?? []),
  });
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  for (const service of services) await service.start();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      for (const service of [...services].reverse()) {
        await service.stop().catch((err: unknown) => logger.error({ err, service: service.name }, 'stop failed'));
      }
      await db.close();
    })();
    return stopping;
  };
  return { app, db, ctx, address, stop };
}
