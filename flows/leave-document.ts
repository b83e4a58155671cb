import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { type TurnContext } from '../src/conversation/flow';
import type { InboundContent } from '../src/chat/inbound-message';
import { parseChoice } from '../src/conversation/parse-choice';
import { isAppError } from '../src/domain/app-error';
import { attachLeaveDocument } from '../src/services/leave/attach-leave-document';
import { getStatus } from '../src/services/leave/get-status';
import { isAcceptableDocument, LEAVE_DOCUMENT_MAX_BYTES } from '../src/services/leave-documents/store-leave-document';
import { employeeActor, leaveDeps, requireActor } from './leave/leave-facts';
import { itemChoices, itemIdOf, readListData, selectedItem, toItem } from './leave/request-items';

type DocumentInput = Extract<InboundContent, { kind: 'document' }>;

const maxMb = LEAVE_DOCUMENT_MAX_BYTES / 1024 / 1024;
const say = (text: string) => ({ kind: 'text' as const, text });

/** The employee's pending requests still missing the document their rules require. */
async function incompleteRequests(ctx: TurnContext) {
  const views = await getStatus(ctx.tx, requireActor(ctx).employeeId, { activeOnly: true, limit: 20 });
  return views.filter((view) => view.status === 'PENDING' && view.missingDocument);
}

/**
 * Send a letter after the request ("kirim surat", or from the request's
 * details): pick the incomplete request (skipped when there is one), send a
 * photo or a PDF, attachLeaveDocument keeps it and the approver gets the card
 * again showing it attached.
 */
export const leaveDocumentFlow = defineFlow({
  id: 'leave_document',
  requires: 'linked',
  start: 'list',
  keywords: ['kirim surat', 'kirim dokumen', 'kirim surat dokter', 'surat dokter', 'send letter', 'send document'],
  steps: {
    list: step<void>({
      auto: true,
      prompt: () => [],
      parse: () => ({ ok: true, value: undefined }),
      async next(_none, ctx) {
        const items = (await incompleteRequests(ctx)).map(toItem);
        if (items.length === 0) return { done: true, showMenu: false, say: [say(ctx.t('leave_flow.letter.none'))] };
        if (items.length === 1) return { to: 'file', data: { items, selected: items[0]!.id } };
        return { to: 'pick', data: { items } };
      },
    }),

    pick: step<number>({
      prompt: (ctx, data) => [{ kind: 'choices', text: ctx.t('leave_flow.letter.pick'), choices: itemChoices(readListData(data).items, ctx, true) }],
      parse(input, ctx, data) {
        const picked = parseChoice(input, itemChoices(readListData(data).items, ctx, true));
        return picked ? { ok: true, value: itemIdOf(picked) } : { ok: false, hint: 'leave_flow.letter.pick_hint' };
      },
      next: (selected, _ctx, data) => ({ to: 'file', data: { ...readListData(data), selected } }),
    }),

    file: step<DocumentInput>({
      prompt(ctx, data) {
        const item = selectedItem(readListData(data));
        return [say(ctx.t('leave_flow.letter.prompt', { ref: item?.ref ?? '-', maxMb }))];
      },
      parse(input) {
        if (input.kind === 'document' && isAcceptableDocument(input)) return { ok: true, value: input };
        return { ok: false, hint: 'leave_flow.letter.hint', params: { maxMb } };
      },
      async next(file, ctx, data) {
        const item = selectedItem(readListData(data));
        if (!item) return { done: true, showMenu: false, say: [say(ctx.t('leave_flow.letter.none'))] };
        try {
          const { view, fileName } = await attachLeaveDocument(ctx.tx, leaveDeps(ctx), {
            requestId: item.id, actor: employeeActor(ctx), fileName: file.fileName, mimeType: file.mimeType, content: file.content, channel: ctx.channel,
          });
          const waiting = view.steps.find((s) => s.order === view.currentStep);
          const approver = waiting?.delegateName ?? waiting?.approverName ?? '-';
          return { done: true, showMenu: false, say: [say(ctx.t('leave_flow.letter.received', { fileName, ref: view.ref, approver }))] };
        } catch (error) {
          if (!isAppError(error)) throw error;
          return { done: true, showMenu: false, say: [say(ctx.t(error.code, error.params))] };
        }
      },
    }),
  },
});
