import { createFlowRegistry } from '../flows';
import { adminModule } from './http/admin/admin-module';
import { localModule } from './channels/local/local-module';
import { telegramModule } from './channels/telegram/telegram-module';
import { whatsappModule } from './channels/whatsapp/whatsapp-module';
import { jobsModule } from './jobs/jobs-module';
import { outboxFactory } from './outbox/outbox-module';
import type { Composition, ModuleFactory } from './server';

/**
 * The parts of SAPA that `npm start` runs: each module contributes routes,
 * background services and channel senders. Add a module by appending its
 * factory here.
 */
export const modules: ModuleFactory[] = [localModule, telegramModule, whatsappModule, jobsModule, adminModule];

export function defaultComposition(): Composition {
  return { flows: createFlowRegistry(), modules, outbox: outboxFactory };
}
