import type { ModuleFactory } from '../../module';
import { adminApi } from './admin-api';

/** The HR admin API as a SAPA module (listed in src/modules.ts). */
export const adminModule: ModuleFactory = (ctx) => ({
  routes: adminApi({
    db: ctx.db,
    clock: ctx.clock,
    wakeOutbox: () => ctx.wakeOutbox(),
    ...(ctx.config.TELEGRAM_BOT_USERNAME ? { botUsername: ctx.config.TELEGRAM_BOT_USERNAME } : {}),
  }),
});
