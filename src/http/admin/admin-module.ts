import type { JobControl, Module, ServiceContext } from '../../module';
import { adminApi } from './admin-api';

/** The HR admin API as a SAPA module (src/modules.ts hands it the scheduled jobs for /admin/jobs). */
export function adminModule(ctx: ServiceContext, jobs?: JobControl): Module {
  return {
    routes: adminApi({
      db: ctx.db,
      clock: ctx.clock,
      paperwork: ctx.config,
      wakeOutbox: () => ctx.wakeOutbox(),
      ...(ctx.config.TELEGRAM_BOT_USERNAME ? { botUsername: ctx.config.TELEGRAM_BOT_USERNAME } : {}),
      ...(jobs ? { jobs } : {}),
      ...(ctx.sendRates ? { sendRates: ctx.sendRates } : {}),
    }),
  };
}
