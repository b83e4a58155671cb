import { systemClock, type Clock } from '../../clock';
import { jakartaDay } from '../../domain/day';
import type { Language } from '../../domain/language';
import { renderPersonalDataPdf } from '../../documents/render-personal-data-pdf';
import type { Database, Tx } from '../../store/database';
import { collectPersonalData, type PersonalDataConfig } from './collect-personal-data';

export const PERSONAL_DATA_MIME_TYPE = 'application/pdf';

/** "data-pribadi-2026-12-06.pdf": the day only, no name or NIP in the file name. */
export function personalDataFileName(now: Date): string {
  return `data-pribadi-${jakartaDay(now)}.pdf`;
}

/** What SAPA holds about one employee, as the PDF printed "now". 'error.not_found' for no such employee. */
export async function renderPersonalData(tx: Tx, config: PersonalDataConfig, input: { employeeId: number; now: Date; lang: Language }) {
  const record = await collectPersonalData(tx, { ...input, config });
  const content = await renderPersonalDataPdf(record, { lang: input.lang });
  return { fileName: personalDataFileName(input.now), mimeType: PERSONAL_DATA_MIME_TYPE, content };
}

/** The outbox worker's resolver for `data saya` documents: rendered at send time, nothing stored. */
export function personalDataResolver(db: Database, config: PersonalDataConfig, clock: Clock = systemClock) {
  return async (source: { type: 'personalData'; employeeId: number; lang: Language }): Promise<Buffer> =>
    (await renderPersonalData(db.prisma, config, { employeeId: source.employeeId, now: clock.now(), lang: source.lang })).content;
}
