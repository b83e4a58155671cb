import { z } from 'zod';
import { defineFlow, say } from '../src/conversation/flow';

/** HR: find an employee by NIP or name and see who they are and whether they are linked. */
export const hrFindFlow = defineFlow({
  id: 'hr_find',
  requires: 'hr',
  start: 'query',
  keywords: ['cari pegawai', 'cari', 'find employee', 'find'],
  graph: { query: ['query', 'done'] },
  steps: (s) => ({
    query: s.text({
      prompt: (ctx) => ctx.t('hr.find.ask'),
      schema: z.string().trim().min(3).max(60),
      hint: 'hr.find.too_short',
      async next(query, ctx) {
        const { items: found } = await ctx.services.employees.find(query);
        if (found.length === 0) return { to: 'query', say: [say(ctx.t('hr.find.none', { query }))] };
        const lines = found.map((e) =>
          ctx.t('hr.find.line', {
            ...{ name: e.name, nip: e.nip, kind: e.kind, position: e.position, unit: e.unit.name },
            linked: ctx.t(e.linked ? 'hr.find.linked' : 'hr.find.not_linked'),
            active: e.active ? '' : ctx.t('hr.find.inactive'),
          }),
        );
        return { done: true, say: [say(lines.join('\n\n'))] };
      },
    }),
  }),
});
