import { AppError } from '../../domain/app-error';
import { asJson, type Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';
import { CITY_AUTHORITY_KEY, type CityAuthoritySettings, loadCityAuthoritySettings } from '../policy/city-authority';

export { loadCityAuthoritySettings };

/** Saves which leave types go above the agency head (to which unit's head) and who delegates; audited with the previous value. */
export async function saveCityAuthority(tx: Tx, input: { settings: CityAuthoritySettings; by: ActingPerson }): Promise<CityAuthoritySettings> {
  const codes = [...new Set(Object.values(input.settings.aboveAgency))];
  const known = await tx.orgUnit.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const missing = codes.filter((c) => !known.some((k) => k.code === c));
  if (missing.length > 0) throw new AppError('settings.unknown_unit', { code: missing.join(', ') });
  const previous = await loadCityAuthoritySettings(tx);
  const updatedBy = input.by.actorName ?? 'HR';
  await tx.policyValue.upsert({
    where: { key: CITY_AUTHORITY_KEY },
    create: { key: CITY_AUTHORITY_KEY, value: asJson(input.settings), updatedBy },
    update: { value: asJson(input.settings), updatedBy },
  });
  await writeAudit(tx, { ...input.by, action: 'settings.authority_saved', entity: 'PolicyValue', entityId: CITY_AUTHORITY_KEY, data: { previous, next: input.settings } });
  return input.settings;
}
