import { z } from 'zod';
import { halfDaysField, nipField, optional, wholeNumberField } from '../import-fields';
import type { ColumnSpec } from '../read-import-rows';

/** One opening balance at go-live: an employee's days of one leave type in one year. */
export const leaveBalanceRowSchema = z.object({
  nip: nipField,
  year: wholeNumberField(2000, 2100),
  type: z
    .string()
    .transform((v) => v.toUpperCase())
    .nullable()
    .optional()
    .transform((v) => v ?? 'CT'),
  entitled: halfDaysField,
  carriedOver: optional(halfDaysField),
  used: optional(halfDaysField),
  deferred: optional(halfDaysField),
  unusedYears: optional(wholeNumberField(0, 50)),
});

export type LeaveBalanceRow = z.output<typeof leaveBalanceRowSchema>;

export const leaveBalanceColumns: ColumnSpec = {
  fields: Object.keys(leaveBalanceRowSchema.shape),
  required: ['nip', 'year', 'entitled'],
  aliases: {
    tahun: 'year',
    jenis: 'type',
    jeniscuti: 'type',
    typecode: 'type',
    hak: 'entitled',
    sisatahunlalu: 'carriedOver',
    carryover: 'carriedOver',
    terpakai: 'used',
    ditangguhkan: 'deferred',
  },
};
