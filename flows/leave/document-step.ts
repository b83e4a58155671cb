import type { TurnContext } from '../../src/conversation/flow';
import type { InboundContent } from '../../src/chat/inbound-message';
import { LEAVE_DOCUMENT_MAX_BYTES, LEAVE_DOCUMENT_MIME_TYPES } from '../../src/services/leave-documents/store-leave-document';
import { advance } from './advance';
import { type LeaveDraft } from './leave-draft';
import { leaveStep } from './leave-step';
import { documentFor } from './draft-checks';
import { leaveOf } from './leave-facts';

type DocumentInput = Extract<InboundContent, { kind: 'document' }>;

const documentName = async (ctx: TurnContext, draft: LeaveDraft) => ctx.t(`leave.document.${documentFor(draft, await leaveOf(ctx, draft).policy())}`);

function fits(input: InboundContent): input is DocumentInput {
  return input.kind === 'document' && LEAVE_DOCUMENT_MIME_TYPES.includes(input.mimeType) && input.content.length > 0 && input.content.length <= LEAVE_DOCUMENT_MAX_BYTES;
}

/**
 * The letter the rules require (a doctor's letter for sick leave over one
 * day): a photo or a PDF sent in chat, kept as a LeaveDocument without a
 * request until submitLeave attaches it. There is no "later": a missing
 * letter would leave the request undecidable.
 */
export const documentStep = leaveStep.ask<DocumentInput>({
  acceptsDocument: true,
  prompt: async (ctx, draft) => ctx.t('leave_flow.document.prompt', { document: await documentName(ctx, draft) }),
  async parse(input, ctx, draft) {
    if (fits(input)) return { ok: true, value: input };
    return { ok: false, hint: 'leave_flow.document.hint', params: { document: await documentName(ctx, draft), maxMb: LEAVE_DOCUMENT_MAX_BYTES / 1024 / 1024 } };
  },
  async next(file, ctx, draft) {
    const kind = documentFor(draft, await leaveOf(ctx, draft).policy());
    const stored = await leaveOf(ctx, draft).storeDocument(kind, { fileName: file.fileName, mimeType: file.mimeType, content: file.content });
    const next = { ...draft, documentIds: [...draft.documentIds, stored.id], documentNames: [...draft.documentNames, stored.fileName] };
    return advance(ctx, next, ctx.t('leave_flow.document.received', { fileName: stored.fileName }));
  },
});
