import { systemClock, type Clock } from '../../clock';
import type { DocumentSource } from '../../chat/outbound-message';
import type { Database } from '../../store/database';
import { leavePaperResolver } from '../paperwork/resolve-leave-paper';
import type { PaperworkConfig } from '../paperwork/paperwork-config';
import { payslipDocumentResolver, type PayslipConfig } from '../payslips/resolve-payslip-document';
import type { PersonalDataConfig } from '../personal-data/collect-personal-data';
import { personalDataResolver } from '../personal-data/render-personal-data';
import { leaveDocumentResolver } from '../leave-documents/resolve-leave-document';
import type { DocumentRecipient } from '../../outbox/load-document';

/**
 * Renders, at send time, every document SAPA sends that is not carried
 * inline: payslips, leave papers (form, Surat Izin Cuti), personal data, and
 * the letters employees sent with requests (read from the store for their approvers). The outbox
 * worker and the web chat's document links use it.
 */
export function outboundDocumentResolver(db: Database, config: PayslipConfig & PaperworkConfig & PersonalDataConfig, clock: Clock = systemClock) {
  const payslip = payslipDocumentResolver(db, config, clock);
  const leavePaper = leavePaperResolver(db, config, clock);
  const personalData = personalDataResolver(db, config, clock);
  const leaveDocument = leaveDocumentResolver(db);
  return (source: Exclude<DocumentSource, { type: 'inline' }>, to: DocumentRecipient): Promise<Buffer> => {
    switch (source.type) {
      case 'payslip':
        return payslip(source);
      case 'personalData':
        return personalData(source);
      case 'leavePaper':
        return leavePaper(source);
      case 'leaveDocument':
        return leaveDocument(source, to);
    }
  };
}
