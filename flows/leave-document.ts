import { defineFlow, finish } from '../src/conversation/flow';
import type { InboundContent } from '../src/chat/inbound-message';
import { isAcceptableDocument, LEAVE_DOCUMENT_MAX_BYTES } from '../src/services/leave-documents/store-leave-document';
import { itemChoices, itemIdOf, requestListSchema, selectedItem, toItem } from './leave/request-items';

type DocumentInput = Extract<InboundContent, { kind: 'document' }>;

const maxMb = LEAVE_DOCUMENT_MAX_BYTES / 1024 / 1024;

/**
 * Send a letter after the request ("kirim surat", or from the request's
 * details): pick the incomplete request (skipped when there is one), send a
 * photo or a PDF, attachLeaveDocument keeps it and the approver gets the card
 * again showing it attached.
 */
export const leaveDocumentFlow = defineFlow({
  id: 'leave_document',
  requires: 'linked',
  data: requestListSchema,
  start: 'list',
  keywords: ['kirim surat', 'kirim dokumen', 'kirim surat dokter', 'surat dokter', 'send letter', 'send document'],
  graph: { list: ['file', 'pick', 'done'], pick: ['file'], file: ['done'] },
  steps: (s) => ({
    list: s.action({
      async run(ctx) {
        // The employee's pending requests still missing the document their rules require.
        const views = await ctx.services.leave.requests({ activeOnly: true, limit: 20 });
        const items = views.filter((view) => view.status === 'PENDING' && view.missingDocument).map(toItem);
        if (items.length === 0) return finish(ctx.t('leave_flow.letter.none'));
        return items.length === 1 ? { to: 'file', data: { items, selected: items[0]!.id } } : { to: 'pick', data: { items } };
      },
    }),

    pick: s.choice({
      prompt: (ctx) => ctx.t('leave_flow.letter.pick'),
      choices: (ctx, data) => itemChoices(data.items, ctx, true),
      hint: 'leave_flow.letter.pick_hint',
      next: (picked, _ctx, data) => ({ to: 'file', data: { ...data, selected: itemIdOf(picked) } }),
    }),

    file: s.ask<DocumentInput>({
      acceptsDocument: true,
      refused: 'done',
      prompt: (ctx, data) => ctx.t('leave_flow.letter.prompt', { ref: selectedItem(data)?.ref ?? '-', maxMb }),
      parse(input) {
        if (input.kind === 'document' && isAcceptableDocument(input)) return { ok: true, value: input };
        return { ok: false, hint: 'leave_flow.letter.hint', params: { maxMb } };
      },
      async next(file, ctx, data) {
        const item = selectedItem(data);
        if (!item) return finish(ctx.t('leave_flow.letter.none'));
        const { view, fileName } = await ctx.services.leave.attachDocument(item.id, { fileName: file.fileName, mimeType: file.mimeType, content: file.content });
        const waiting = view.steps.find((s) => s.order === view.currentStep);
        const approver = waiting?.delegateName ?? waiting?.approverName ?? '-';
        return finish(ctx.t('leave_flow.letter.received', { fileName, ref: view.ref, approver }));
      },
    }),
  }),
});
