import type { OutboxFactory } from '../server';
import { payslipDocumentResolver } from '../services/payslips/resolve-payslip-document';
import { createOutboxWorker } from './outbox-worker';

/**
 * The process's outbox worker (src/server.ts builds it once every channel's
 * sender is known): payslips are rendered at send time, dead letters and
 * worker errors are logged.
 */
export const outboxFactory: OutboxFactory = (ctx, senders) =>
  createOutboxWorker({
    db: ctx.db,
    clock: ctx.clock,
    senders,
    resolveDocument: payslipDocumentResolver(ctx.db, ctx.config, ctx.clock),
    onDead: (dead) => ctx.logger.warn({ outboxId: dead.id, channel: dead.channel, error: dead.error }, 'outbox message dead-lettered'),
    onError: (err) => ctx.logger.error({ err }, 'outbox worker error'),
  });
