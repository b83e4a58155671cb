import { systemClock, type Clock } from '../../clock';
import type { Config } from '../../config';
import { AppError } from '../../domain/app-error';
import { payslipPassword } from '../../domain/payslip/payslip-password';
import type { ResolvedDocument } from '../../chat/channel-sender';
import { renderPayslipPdf } from '../../payslip/render-payslip-pdf';
import type { Database } from '../../store/database';
import { loadPayslipDocument, type PayslipAgency } from './load-payslip-document';
import { payslipCaption } from './payslip-caption';
import { PDF_MIME_TYPE, payslipFileName } from './payslip-file-name';

export type PayslipConfig = Pick<Config, 'AGENCY_NAME' | 'AGENCY_ADDRESS' | 'PUBLIC_URL' | 'PAYSLIP_PASSWORD_RULE'>;

/** The agency as printed on slips; without PUBLIC_URL the verification address is relative ("/verify/<code>"). */
export function payslipAgency(config: PayslipConfig): PayslipAgency {
  return {
    names: [config.AGENCY_NAME.toUpperCase()],
    address: config.AGENCY_ADDRESS,
    verifyBaseUrl: (config.PUBLIC_URL ?? '').replace(/\/+$/, ''),
  };
}

/**
 * Renders a slip for sending, at send time (no PDF is stored): the A4 PDF
 * locked with its owner's password (PAYSLIP_PASSWORD_RULE), printed "now",
 * with the verification address under PUBLIC_URL. The outbox worker calls
 * this for `{ type: 'payslip' }` documents.
 * Throws AppError('payslip.slip.not_found') when the slip was replaced or removed.
 */
export async function resolvePayslipDocument(
  db: Database,
  config: PayslipConfig,
  payslipId: number,
  clock: Clock = systemClock,
): Promise<ResolvedDocument> {
  const loaded = await loadPayslipDocument(db.prisma, payslipId, payslipAgency(config));
  if (!loaded) throw new AppError('payslip.slip.not_found', { payslipId });
  const { document, owner } = loaded;
  const content = await renderPayslipPdf(document, {
    password: payslipPassword({ birthDate: owner.birthDate, nip: owner.nip }, config.PAYSLIP_PASSWORD_RULE),
    generatedAt: clock.now(),
  });
  return {
    fileName: payslipFileName(document.period, document.kind),
    mimeType: PDF_MIME_TYPE,
    caption: payslipCaption(document.period, config.PAYSLIP_PASSWORD_RULE, owner.language === 'en' ? 'en' : 'id', document.kind),
    content,
  };
}

/** The outbox worker's resolver for payslip documents (its `resolveDocument` option). */
export function payslipDocumentResolver(db: Database, config: PayslipConfig, clock: Clock = systemClock) {
  return async (source: { type: 'payslip'; payslipId: number }): Promise<Buffer> =>
    (await resolvePayslipDocument(db, config, source.payslipId, clock)).content;
}
