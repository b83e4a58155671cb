import { defineFlow, say, type TurnContext } from '../src/conversation/flow';
import { formatDayRange } from '../src/domain/format';
import type { Worklist } from '../src/services/worklist/build-worklist';

/** Items shown per section in chat; the admin API gives the whole list. */
const SHOWN = 5;

function section<T>(ctx: TurnContext, key: string, list: { total: number; items: readonly T[] }, line: (item: T) => string): string[] {
  if (list.total === 0) return [];
  const lines = [ctx.t(key, { count: list.total }), ...list.items.slice(0, SHOWN).map((item) => `• ${line(item)}`)];
  if (list.total > SHOWN) lines.push(ctx.t('hr.worklist.more', { count: list.total - SHOWN }));
  return [lines.join('\n')];
}

/** The worklist as chat text: one block per kind of work, the first few items of each. */
function worklistText(ctx: TurnContext, w: Worklist): string {
  const dates = (start: string, end: string) => formatDayRange(start, end, ctx.lang);
  const type = (code: string) => ctx.t(`leave.type.${code}`);
  const blocks = [
    ...section(ctx, 'hr.worklist.escalations', w.escalations, (e) =>
      ctx.t('hr.worklist.escalation', { ref: e.ref, name: e.name, unit: e.unit, type: type(e.typeCode), dates: dates(e.start, e.end), approver: e.approver })),
    ...section(ctx, 'hr.worklist.documents', w.missingDocuments, (d) =>
      ctx.t('hr.worklist.document', { ref: d.ref, name: d.name, type: type(d.typeCode), dates: dates(d.start, d.end), document: ctx.t(`leave.document.${d.document}`) })),
    ...section(ctx, 'hr.worklist.profiles', w.profileChanges, (p) =>
      ctx.t('hr.worklist.profile', { id: p.id, name: p.employee.name, field: ctx.t(`profile.field.${p.field}`) })),
    ...section(ctx, 'hr.worklist.failed', w.failedDeliveries, (f) =>
      ctx.t('hr.worklist.failed_item', { what: ctx.t(`hr.worklist.what.${f.what}`), name: f.name ?? ctx.t('hr.worklist.unknown_chat'), channel: f.channel, error: f.error.slice(0, 80) })),
    ...(w.unlinked.total === 0 ? [] : [[
      ctx.t('hr.worklist.unlinked', { count: w.unlinked.total }),
      ...w.unlinked.byAgency.slice(0, SHOWN).map((a) => `• ${ctx.t('hr.worklist.agency', { agency: a.agencyName || a.agency, unlinked: a.unlinked, employees: a.employees })}`),
      ...(w.unlinked.byAgency.length > SHOWN ? [ctx.t('hr.worklist.more_agencies', { count: w.unlinked.byAgency.length - SHOWN })] : []),
    ].join('\n')]),
  ];
  if (blocks.length === 0) return ctx.t('hr.worklist.empty');
  return [ctx.t('hr.worklist.title'), ...blocks, ...(w.profileChanges.total > 0 ? [ctx.t('hr.worklist.review_hint')] : [])].join('\n\n');
}

/** HR: what needs HR now (the admin API's worklist), in chat. */
export const hrWorklistFlow = defineFlow({
  id: 'hr_worklist',
  requires: 'hr',
  start: 'show',
  keywords: ['daftar kerja', 'perlu tindakan', 'tugas hr', 'worklist', 'to do'],
  graph: { show: ['done'] },
  steps: (s) => ({
    show: s.action({
      run: async (ctx) => ({ done: true, showMenu: false, say: [say(worklistText(ctx, await ctx.services.hr.worklist(SHOWN)))] }),
    }),
  }),
});
