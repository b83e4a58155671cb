import { step } from '../../src/conversation/legacy-flow';
import { type TurnContext } from '../../src/conversation/flow';
import type { InboundContent } from '../../src/chat/inbound-message';
import type { LeavePolicy } from '../../src/domain/leave';
import { LEAVE_DOCUMENT_MAX_BYTES, LEAVE_DOCUMENT_MIME_TYPES, storeLeaveDocument } from '../../src/services/leave-documents/store-leave-document';
import { advance } from './advance';
import { leavePolicy, requireActor } from './leave-facts';
import { type LeaveDraft, readDraft } from './leave-draft';
import { documentFor } from './leave-steps';

type DocumentInput = Extract<InboundContent, { kind: 'document' }>;

const documentName = (ctx: TurnContext, draft: LeaveDraft, policy: LeavePolicy) => ctx.t(`leave.document.${documentFor(draft, policy)}`);

function fits(input: InboundContent): input is DocumentInput {
  return input.kind === 'document' && LEAVE_DOCUMENT_MIME_TYPES.includes(input.mimeType) && input.content.length > 0 && input.content.length <= LEAVE_DOCUMENT_MAX_BYTES;
}

/**
 * The letter the rules require (a doctor's letter for sick leave over one
 * day): a photo or a PDF sent in chat, kept as a LeaveDocument without a
 * request until submitLeave attaches it. There is no "later": a missing
 * letter would leave the request undecidable.
 */
export const documentStep = step<DocumentInput>({
  acceptsDocument: true,
  async prompt(ctx, data) {
    return [{ kind: 'text', text: ctx.t('leave_flow.document.prompt', { document: documentName(ctx, readDraft(data), await leavePolicy(ctx)) }) }];
  },
  async parse(input, ctx, data) {
    if (fits(input)) return { ok: true, value: input };
    const document = documentName(ctx, readDraft(data), await leavePolicy(ctx));
    return { ok: false, hint: 'leave_flow.document.hint', params: { document, maxMb: LEAVE_DOCUMENT_MAX_BYTES / 1024 / 1024 } };
  },
  async next(file, ctx, data) {
    const draft = readDraft(data);
    const actor = requireActor(ctx);
    const stored = await storeLeaveDocument(ctx.tx, {
      employeeId: actor.employeeId,
      actorName: actor.name,
      kind: documentFor(draft, await leavePolicy(ctx)),
      fileName: file.fileName,
      mimeType: file.mimeType,
      content: file.content,
      channel: ctx.channel,
    });
    const next = { ...draft, documentIds: [...draft.documentIds, stored.id], documentNames: [...draft.documentNames, stored.fileName] };
    return advance(ctx, next, ctx.t('leave_flow.document.received', { fileName: stored.fileName }));
  },
});
