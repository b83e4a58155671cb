import { systemClock, type Clock } from '../../clock';
import { outboundMessageSchema } from '../../chat/outbound-message';
import { AppError } from '../../domain/app-error';
import type { Database } from '../../store/database';
import { outboundDocumentResolver } from '../documents/outbound-document-resolver';
import type { PaperworkConfig } from '../paperwork/paperwork-config';
import type { PayslipConfig } from '../payslips/resolve-payslip-document';

export interface LocalDocument {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

/** Opens a document SAPA sent to a local chat. */
export type OpenLocalDocument = (chatId: string, messageId: number) => Promise<LocalDocument>;

/**
 * The web chat's document links: the document of outbox message `messageId`
 * when it was sent to `chatId` (the persona's own chat) on the local
 * channel, rendered now as the outbox renders it for every channel (payslips
 * locked with their password, leave papers). 'dev.document_not_found' for
 * any other message, another chat's, or one that is not a document.
 */
export function localDocumentOpener(db: Database, config: PayslipConfig & PaperworkConfig, clock: Clock = systemClock): OpenLocalDocument {
  const resolve = outboundDocumentResolver(db, config, clock);
  return async (chatId, messageId) => {
    const row = await db.prisma.outboxMessage.findFirst({ where: { id: messageId, channel: 'LOCAL', chatId }, select: { payload: true } });
    const message = row ? outboundMessageSchema.safeParse(row.payload) : null;
    if (!message?.success || message.data.kind !== 'document') throw new AppError('dev.document_not_found');
    const { fileName, mimeType, source } = message.data;
    const content = source.type === 'inline' ? Buffer.from(source.base64, 'base64') : await resolve(source, { channel: 'LOCAL', chatId });
    return { fileName, mimeType, content };
  };
}
