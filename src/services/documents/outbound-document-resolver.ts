import { systemClock, type Clock } from '../../clock';
import type { DocumentSource } from '../../chat/outbound-message';
import type { Database } from '../../store/database';
import { leavePaperResolver } from '../paperwork/resolve-leave-paper';
import type { PaperworkConfig } from '../paperwork/paperwork-config';
import { payslipDocumentResolver, type PayslipConfig } from '../payslips/resolve-payslip-document';
import type { PersonalDataConfig } from '../personal-data/collect-personal-data';
import { personalDataResolver } from '../personal-data/render-personal-data';

/**
 * Renders, at send time, every document SAPA sends that is not carried
 * inline: payslips and leave papers (form, Surat Izin Cuti). The outbox
 * worker and the web chat's document links use it.
 */
export function outboundDocumentResolver(db: Database, config: PayslipConfig & PaperworkConfig & PersonalDataConfig, clock: Clock = systemClock) {
  const payslip = payslipDocumentResolver(db, config, clock);
  const leavePaper = leavePaperResolver(db, config, clock);
  const personalData = personalDataResolver(db, config, clock);
  return (source: Exclude<DocumentSource, { type: 'inline' }>): Promise<Buffer> =>
    source.type === 'payslip' ? payslip(source) : source.type === 'personalData' ? personalData(source) : leavePaper(source);
}
