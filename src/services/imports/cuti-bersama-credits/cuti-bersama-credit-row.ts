import { z } from 'zod';
import { dayField, nipField, text } from '../import-fields';
import type { ColumnSpec } from '../read-import-rows';

/** One cuti bersama day an employee had to work (e.g. the duty roster of a public service). */
export const cutiBersamaCreditRowSchema = z.object({
  nip: nipField,
  date: dayField,
  reason: text(500),
});

export type CutiBersamaCreditRow = z.output<typeof cutiBersamaCreditRowSchema>;

export const cutiBersamaCreditColumns: ColumnSpec = {
  fields: Object.keys(cutiBersamaCreditRowSchema.shape),
  required: ['nip', 'date', 'reason'],
  aliases: { tanggal: 'date', alasan: 'reason', keterangan: 'reason' },
};
