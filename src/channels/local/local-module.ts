import type { ModuleFactory } from '../../module';
import { localDocumentOpener } from '../../services/dev/open-local-document';
import { devChatRoutes } from './dev-chat-routes';
import { localSender } from './local-sender';

/** The local channel: always delivers (for the terminal chat), serves /dev/chat when enabled (never in production). */
export const localModule: ModuleFactory = (ctx) => ({
  senders: [localSender],
  routes: ctx.config.devChat
    ? [devChatRoutes({ db: ctx.db, engine: ctx.engine, clock: ctx.clock, openDocument: localDocumentOpener(ctx.db, ctx.config, ctx.clock) })]
    : [],
});
