import type { DocumentSource, OutboundMessage } from '../chat/outbound-message';
import type { ResolvedDocument } from '../chat/channel-sender';
import type { ChannelName } from '../chat/channel-name';

/** The chat a document is being sent to. */
export interface DocumentRecipient {
  channel: ChannelName;
  chatId: string;
}

/** Renders a document that is not carried inline (a payslip PDF) at send time, for the chat it goes to. */
export type DocumentResolver = (source: Exclude<DocumentSource, { type: 'inline' }>, to: DocumentRecipient) => Promise<Buffer>;

/** The file to attach to `message`, or undefined when it carries none. */
export async function loadDocument(
  message: OutboundMessage,
  resolveDocument: DocumentResolver | undefined,
  to: DocumentRecipient,
): Promise<ResolvedDocument | undefined> {
  if (message.kind !== 'document') return undefined;
  const { source } = message;
  let content: Buffer;
  if (source.type === 'inline') content = Buffer.from(source.base64, 'base64');
  else if (resolveDocument) content = await resolveDocument(source, to);
  else throw new Error(`no resolver for ${source.type} documents`);
  return { fileName: message.fileName, mimeType: message.mimeType, caption: message.caption, content };
}
