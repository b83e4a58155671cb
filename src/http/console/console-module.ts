import type { JobControl, Module, ServiceContext } from '../../module';
import { consoleRoutes } from './console-routes';

/** The HR web console (/hr) as a SAPA module (src/modules.ts hands it the scheduled jobs for the operations page). */
export const consoleModule = (ctx: ServiceContext, jobs?: JobControl): Module => ({
  routes: [
    consoleRoutes({
      db: ctx.db,
      clock: ctx.clock,
      publicUrl: ctx.config.PUBLIC_URL,
      production: ctx.config.NODE_ENV === 'production',
      paperwork: ctx.config,
      letterNumbering: { format: ctx.config.LETTER_NUMBER_FORMAT, agencyLevel: ctx.config.LETTER_AGENCY_LEVEL },
      wakeOutbox: () => ctx.wakeOutbox(),
      botUsername: ctx.config.TELEGRAM_BOT_USERNAME,
      whatsappPhone: ctx.config.WHATSAPP_PHONE,
      sendRates: ctx.sendRates,
      jobs,
      channels: ctx.channels,
    }),
  ],
});
