import { z } from 'zod';

/** A column mapping of the wide CSV form (WideMapping) as sent to the admin API or read from a file. */
export const wideMappingSchema = z.object({
  nipColumn: z.string().min(1),
  netColumn: z.string().min(1),
  columns: z.record(
    z.string(),
    z.object({ kind: z.enum(['EARNING', 'DEDUCTION']), code: z.string().min(1), label: z.string().min(1) }),
  ),
  ignoredColumns: z.array(z.string()).default([]),
});
