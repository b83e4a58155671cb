import { createFlowRegistry } from '../flows';
import { adminModule } from './http/admin/admin-module';
import { consoleModule } from './http/console/console-module';
import { localModule } from './channels/local/local-module';
import { telegramModule } from './channels/telegram/telegram-module';
import { whatsappModule } from './channels/whatsapp/whatsapp-module';
import { jobsModule } from './jobs/jobs-module';
import { createOutboxWorker } from './outbox/outbox-worker';
import { paceLockKey, sharedPace, type PaceLeases } from './outbox/pace-leases';
import { refuseDemoRecipients } from './outbox/refuse-demo-recipients';
import { createDemoRecipientCheck } from './services/dev/create-demo-recipient-check';
import { outboundDocumentResolver } from './services/documents/outbound-document-resolver';
import type { ChannelSender } from './chat/channel-sender';
import type { Config } from './config';
import { privacyModule } from './http/routes/privacy';
import { verifyModule } from './http/routes/verify';
import type { Composition, Module, ModuleFactory, OutboxFactory, ServiceContext } from './module';

/** The scheduled jobs, and the two back offices that list them and run one now: the admin API (/admin/jobs) and the console (/hr/operations). */
function jobsAndBackOfficeModule(ctx: ServiceContext): Module {
  const jobs = jobsModule(ctx);
  return { services: jobs.services ?? [], routes: [...(adminModule(ctx, jobs.control).routes ?? []), ...(consoleModule(ctx, jobs.control).routes ?? [])] };
}

/**
 * The parts of SAPA that `npm start` runs: each module contributes routes,
 * background services and channel senders. Add a module by appending its
 * factory here.
 */
export const modules: ModuleFactory[] = [localModule, telegramModule, whatsappModule, jobsAndBackOfficeModule, verifyModule, privacyModule];

/**
 * The process's outbox worker (src/server.ts builds it once every channel's
 * sender is known): payslips and leave papers are rendered at send time, nothing for a demo
 * person leaves through a real channel, dead letters and worker errors are
 * logged.
 */
export const outboxFactory: OutboxFactory = (ctx, senders) => {
  const isDemo = createDemoRecipientCheck(ctx.db);
  return createOutboxWorker({
    pace: deploymentPace(ctx, senders),
    db: ctx.db,
    clock: ctx.clock,
    senders: senders.map((s) => (s.channel === 'LOCAL' ? s : refuseDemoRecipients(s, isDemo))),
    resolveDocument: outboundDocumentResolver(ctx.db, ctx.config, ctx.clock),
    onDead: (dead) => ctx.logger.warn({ outboxId: dead.id, channel: dead.channel, error: dead.error }, 'outbox message dead-lettered'),
    onError: (err) => ctx.logger.error({ err }, 'outbox worker error'),
    onSent: (held, result) => ctx.metrics?.send(held.channel, result),
    onUnanswered: (ids) => ctx.logger.warn({ outboxIds: ids }, 'shutting down: sends still unanswered keep their lease and are sent again after it'),
  });
};

/**
 * Several instances may run on PostgreSQL: each channel's pace (Telegram's
 * 30/s per bot, WhatsApp's per number) is held by one of them at a time
 * through the dialect's process lock (an advisory lock of its own per
 * channel; with SQLite the one process always holds it). The local web chat
 * is not shared.
 */
function deploymentPace(ctx: ServiceContext, senders: readonly ChannelSender[]): PaceLeases {
  return sharedPace({
    channels: senders.map((s) => s.channel).filter((channel) => channel !== 'LOCAL'),
    lockFor: (channel) => ctx.db.dialect.processLock(paceLockKey(channel)),
    onChange: (channel, held) => ctx.logger.info({ channel, held }, held ? 'outbox: this instance now sends for the deployment' : 'outbox: this instance no longer sends for the deployment'),
    onError: (err) => ctx.logger.error({ err }, 'outbox: pace lease check failed'),
  });
}

export function defaultComposition(config: Pick<Config, 'PAYSLIP_PASSWORD_RULE' | 'WHATSAPP_ENABLED'>): Composition {
  const flows = createFlowRegistry({ payslipPasswordRule: config.PAYSLIP_PASSWORD_RULE, phoneCodeChannels: { whatsapp: config.WHATSAPP_ENABLED } });
  return { flows, modules, outbox: outboxFactory };
}
