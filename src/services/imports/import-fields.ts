import { z } from 'zod';
import { isIsoDay } from '../../domain/day';

/**
 * Field schemas shared by the imports. CSV cells arrive as trimmed text (blank
 * as null), JSON values as they are: each schema takes both.
 */
export const text = (max: number) => z.string().min(1, 'is required').max(max, `at most ${max} characters`);

export const nipField = z.string().regex(/^\d{18}$/, 'must be 18 digits (format the column as text in a spreadsheet)');

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** "2026-12-25", also "25-12-2026" and "25/12/2026" as spreadsheets write them. */
export const dayField = z
  .string()
  .transform((v) => {
    const m = DMY.exec(v);
    return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : v;
  })
  .refine(isIsoDay, 'must be a date YYYY-MM-DD')
  .describe('YYYY-MM-DD (DD-MM-YYYY and DD/MM/YYYY also read)');

const TRUE_WORDS = ['true', 'ya', 'yes', 'y', '1'];
const FALSE_WORDS = ['false', 'tidak', 'no', 'n', '0'];

export const flagField = z.union([
  z.boolean(),
  z
    .string()
    .transform((v) => v.toLowerCase())
    .refine((v) => TRUE_WORDS.includes(v) || FALSE_WORDS.includes(v), 'must be true/false (ya/tidak)')
    .transform((v) => TRUE_WORDS.includes(v)),
]).describe('true/false, also ya/tidak, yes/no, 1/0');

/** Leave days: 0 or more, in halves; "2,5" as Indonesian spreadsheets write it. */
export const halfDaysField = z
  .union([z.number(), z.string().regex(/^\d+([.,]\d+)?$/, 'must be a number').transform((v) => Number(v.replace(',', '.')))])
  .pipe(z.number().min(0).max(366).refine((v) => Number.isInteger(v * 2), 'must be a multiple of 0.5'));

export const wholeNumberField = (min: number, max: number) =>
  z.union([z.number(), z.string().regex(/^\d+$/, 'must be a whole number').transform(Number)]).pipe(z.number().int().min(min).max(max));

/** An enum written in any case, spaces as underscores ("cuti bersama" -> CUTI_BERSAMA). */
export const upperEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.toUpperCase().replace(/[\s-]+/g, '_'))
    .pipe(z.enum(values))
    .describe(`${values.join(' | ')} (any case)`);

/** Optional in a row: absent keeps what SAPA has, blank (null) clears it. */
export const optional = <S extends z.ZodType>(schema: S) => schema.nullable().optional();
