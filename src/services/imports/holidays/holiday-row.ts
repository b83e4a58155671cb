import { z } from 'zod';
import { HOLIDAY_KINDS } from '../../../domain/leave/types';
import { dayField, text, upperEnum } from '../import-fields';
import type { ColumnSpec } from '../read-import-rows';

/** One day off of an import: NATIONAL (libur nasional), CUTI_BERSAMA or LOCAL. */
export const holidayRowSchema = z.object({
  date: dayField,
  name: text(200),
  kind: upperEnum(HOLIDAY_KINDS).nullable().optional().transform((v) => v ?? 'NATIONAL'),
});

export type HolidayRow = z.output<typeof holidayRowSchema>;

export const holidayColumns: ColumnSpec = {
  fields: Object.keys(holidayRowSchema.shape),
  required: ['date', 'name'],
  aliases: { tanggal: 'date', nama: 'name', keterangan: 'name', jenis: 'kind' },
};
