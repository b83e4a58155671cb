import type { Config } from '../../config';
import type { Letterhead, PaperVerification } from '../../domain/paperwork/leave-paper-document';

/** The settings the leave paperwork is printed with. */
export type PaperworkConfig = Pick<
  Config,
  'AGENCY_NAME' | 'AGENCY_ADDRESS' | 'AGENCY_PARENT' | 'AGENCY_LOGO_PATH' | 'LETTER_PLACE' | 'LETTER_COPIES' | 'PUBLIC_URL'
>;

/** The agency's letterhead: the government, the agency, its address and logo. */
export function letterheadOf(config: Pick<PaperworkConfig, 'AGENCY_NAME' | 'AGENCY_ADDRESS' | 'AGENCY_PARENT' | 'AGENCY_LOGO_PATH'>): Letterhead {
  return {
    lines: [config.AGENCY_PARENT.toUpperCase(), config.AGENCY_NAME.toUpperCase()],
    address: config.AGENCY_ADDRESS,
    ...(config.AGENCY_LOGO_PATH ? { logoPath: config.AGENCY_LOGO_PATH } : {}),
  };
}

/** The code and its address under PUBLIC_URL (relative, "/verify/<code>", when unset). */
export function verificationOf(config: Pick<Config, 'PUBLIC_URL'>, code: string): PaperVerification {
  return { code, url: `${(config.PUBLIC_URL ?? '').replace(/\/+$/, '')}/verify/${code}` };
}
