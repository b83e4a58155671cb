import { z } from 'zod';
import { dayField, flagField, nipField, optional, text, upperEnum } from '../import-fields';
import type { ColumnSpec } from '../read-import-rows';

/** Indonesian phone numbers as WhatsApp knows them: 0812... and +62 812... become 62812... */
const phoneField = z
  .string()
  .transform((v) => v.replace(/[\s().+-]/g, '').replace(/^0/, '62'))
  .pipe(z.string().regex(/^\d{8,15}$/, 'must be a phone number, e.g. 081234567890'));

const genderField = z
  .string()
  .transform((v) => ({ L: 'M', P: 'F' })[v.toUpperCase()] ?? v.toUpperCase())
  .pipe(z.enum(['M', 'F']));

/** One employee of an import. Absent optional columns keep SAPA's value; blank cells clear it. */
export const employeeRowSchema = z.object({
  nip: nipField,
  name: text(200),
  kind: upperEnum(['PNS', 'PPPK']),
  rank: text(50),
  position: text(200),
  unitCode: text(32),
  supervisorNip: optional(nipField),
  role: optional(upperEnum(['EMPLOYEE', 'HR'])),
  serviceStart: dayField,
  contractEnd: optional(dayField),
  contractStart: optional(dayField),
  birthDate: dayField,
  gender: genderField,
  phone: optional(phoneField),
  email: optional(z.email()),
  address: optional(text(500)),
  language: optional(z.enum(['id', 'en'])),
  hardToReach: optional(flagField),
  active: optional(flagField),
});

export type EmployeeRow = z.output<typeof employeeRowSchema>;

export const employeeColumns: ColumnSpec = {
  fields: Object.keys(employeeRowSchema.shape),
  required: ['nip', 'name', 'kind', 'rank', 'position', 'unitCode', 'serviceStart', 'birthDate', 'gender'],
  aliases: {
    nama: 'name',
    jenis: 'kind',
    statuspegawai: 'kind',
    pangkat: 'rank',
    golongan: 'rank',
    jabatan: 'position',
    unit: 'unitCode',
    kodeunit: 'unitCode',
    nipatasan: 'supervisorNip',
    atasan: 'supervisorNip',
    peran: 'role',
    tmt: 'serviceStart',
    tmtcpns: 'serviceStart',
    akhirkontrak: 'contractEnd',
    awalkontrak: 'contractStart',
    mulaikontrak: 'contractStart',
    tanggallahir: 'birthDate',
    tgllahir: 'birthDate',
    jeniskelamin: 'gender',
    telepon: 'phone',
    hp: 'phone',
    nohp: 'phone',
    alamat: 'address',
    bahasa: 'language',
    terpencil: 'hardToReach',
    aktif: 'active',
  },
};
