import { z } from 'zod';
import { type CityAuthority, LEAVE_TYPE_CODES } from '../../domain/leave';
import type { Tx } from '../../store/database';

/** PolicyValue key of the city's authority settings. */
export const CITY_AUTHORITY_KEY = 'leave.authority';

const unitCode = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/);

/** As HR writes it: which leave types go above the agency head, to which unit's head (by unit code), and who delegates the power. */
export const cityAuthoritySchema = z.strictObject({
  aboveAgency: z.partialRecord(z.enum(LEAVE_TYPE_CODES), unitCode).default({}),
  grantor: z.string().trim().min(3).max(100).default('Wali Kota'),
});

export type CityAuthoritySettings = z.output<typeof cityAuthoritySchema>;

export const DEFAULT_CITY_AUTHORITY: CityAuthoritySettings = { aboveAgency: {}, grantor: 'Wali Kota' };

/** The stored settings (defaults when none, or when the stored value no longer parses). */
export async function loadCityAuthoritySettings(tx: Tx): Promise<CityAuthoritySettings> {
  const row = await tx.policyValue.findUnique({ where: { key: CITY_AUTHORITY_KEY }, select: { value: true } });
  const parsed = cityAuthoritySchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_CITY_AUTHORITY;
}

/** The settings with unit codes turned into ids (unknown codes dropped), as the rules use them. */
export async function loadCityAuthority(tx: Tx, codes?: ReadonlyMap<string, number>): Promise<CityAuthority> {
  const settings = await loadCityAuthoritySettings(tx);
  const wanted = Object.values(settings.aboveAgency);
  const ids = codes ?? new Map((await tx.orgUnit.findMany({ where: { code: { in: wanted } }, select: { id: true, code: true } })).map((u) => [u.code, u.id]));
  const aboveAgency: Record<string, number> = {};
  for (const [type, code] of Object.entries(settings.aboveAgency)) {
    const id = ids.get(code);
    if (id !== undefined) aboveAgency[type] = id;
  }
  return { aboveAgency, grantor: settings.grantor };
}
