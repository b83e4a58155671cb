import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { buildApp, type RoutePlugin } from './http/build-app';
import { openDatabase, type Database } from './store/database';
import { applyMigrations } from './store/migrations/apply-migrations';
import { seedDemo } from './store/seed/seed-demo';
import { createLogger, type Logger } from './logger';

/** Something that runs beside the HTTP service: a channel connection, the job scheduler, the outbox worker. */
export interface BackgroundService {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface ServiceContext {
  config: Config;
  db: Database;
  clock: Clock;
  logger: Logger;
}

/** What each part of SAPA contributes: routes on the HTTP service and background services. */
export interface Module {
  routes?: RoutePlugin[];
  services?: BackgroundService[];
}

export type ModuleFactory = (ctx: ServiceContext) => Module | Promise<Module>;

export interface RunningSapa {
  app: FastifyInstance;
  db: Database;
  address: string;
  stop(): Promise<void>;
}

/** Opens the database, migrates, seeds, and starts HTTP plus background services. */
export async function startSapa(
  config: Config,
  modules: readonly ModuleFactory[] = [],
  clock: Clock = systemClock,
): Promise<RunningSapa> {
  const logger = createLogger(config.LOG_LEVEL);
  await applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL);
  if (config.SEED_DEMO) {
    const seeded = await seedDemo(db, clock);
    if (seeded) logger.info({ employees: seeded.employees }, 'demo organisation seeded');
  }
  const ctx: ServiceContext = { config, db, clock, logger };
  const parts = await Promise.all(modules.map((factory) => factory(ctx)));
  const app = await buildApp({
    db,
    logger: { level: config.LOG_LEVEL },
    routes: parts.flatMap((p) => p.routes ?? []),
  });
  const services = parts.flatMap((p) => p.services ?? []);
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  for (const service of services) await service.start();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      for (const service of [...services].reverse()) {
        await service.stop().catch((err: unknown) => logger.error({ err, service: service.name }, 'stop failed'));
      }
      await app.close();
      await db.close();
    })();
    return stopping;
  };
  return { app, db, address, stop };
}
