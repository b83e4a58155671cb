import { z } from 'zod';
import { flagField, nipField, optional, text } from '../import-fields';
import type { ColumnSpec } from '../read-import-rows';

const unitCode = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'letters, digits, _ . - (at most 32)');

/** One organisation unit of an import. */
export const orgUnitRowSchema = z.object({
  code: unitCode,
  name: text(200),
  parentCode: optional(unitCode),
  headNip: optional(nipField),
  /** The unit's authorized official for every leave type ("*"); empty removes it, absent keeps it. */
  officialNip: optional(nipField),
  hardToReach: optional(flagField),
});

export type OrgUnitRow = z.output<typeof orgUnitRowSchema>;

export const orgUnitColumns: ColumnSpec = {
  fields: Object.keys(orgUnitRowSchema.shape),
  required: ['code', 'name'],
  aliases: { kode: 'code', kodeunit: 'code', nama: 'name', namaunit: 'name', induk: 'parentCode', kodeinduk: 'parentCode', nipkepala: 'headNip', kepala: 'headNip', pejabat: 'officialNip', nippejabat: 'officialNip', terpencil: 'hardToReach' },
};
