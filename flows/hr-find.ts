import { z } from 'zod';
import { legacyFlow as defineFlow, step } from '../src/conversation/legacy-flow';
import { textWith } from '../src/conversation/legacy-flow';
import { findEmployees } from '../src/services/admin/find-employees';

/** HR: find an employee by NIP or name and see who they are and whether they are linked. */
export const hrFindFlow = defineFlow({
  id: 'hr_find',
  requires: 'hr',
  start: 'query',
  keywords: ['cari pegawai', 'cari', 'find employee', 'find'],
  steps: {
    query: step<string>({
      prompt: (ctx) => [{ kind: 'text', text: ctx.t('hr.find.ask') }],
      parse: textWith(z.string().min(3).max(60), 'hr.find.too_short'),
      async next(query, ctx) {
        const { items: found } = await findEmployees(ctx.tx, { q: query, page: 1, pageSize: 8 });
        if (found.length === 0) return { to: 'query', say: [{ kind: 'text', text: ctx.t('hr.find.none', { query }) }] };
        const lines = found.map((e) =>
          ctx.t('hr.find.line', {
            name: e.name,
            nip: e.nip,
            kind: e.kind,
            position: e.position,
            unit: e.unit.name,
            linked: ctx.t(e.linked ? 'hr.find.linked' : 'hr.find.not_linked'),
            active: e.active ? '' : ctx.t('hr.find.inactive'),
          }),
        );
        return { done: true, say: [{ kind: 'text', text: lines.join('\n\n') }] };
      },
    }),
  },
});
