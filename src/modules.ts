import { createFlowRegistry } from '../flows';
import { adminModule } from './http/admin/admin-module';
import { localModule } from './channels/local/local-module';
import { telegramModule } from './channels/telegram/telegram-module';
import { whatsappModule } from './channels/whatsapp/whatsapp-module';
import { jobsModule } from './jobs/jobs-module';
import { outboxFactory } from './outbox/outbox-module';
import type { Config } from './config';
import { verifyModule } from './http/routes/verify';
import type { Composition, ModuleFactory } from './server';

/**
 * The parts of SAPA that `npm start` runs: each module contributes routes,
 * background services and channel senders. Add a module by appending its
 * factory here.
 */
export const modules: ModuleFactory[] = [localModule, telegramModule, whatsappModule, jobsModule, adminModule, verifyModule];

export function defaultComposition(config: Pick<Config, 'PAYSLIP_PASSWORD_RULE'>): Composition {
  return { flows: createFlowRegistry({ payslipPasswordRule: config.PAYSLIP_PASSWORD_RULE }), modules, outbox: outboxFactory };
}
