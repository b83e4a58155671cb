import type { ProfileChangeView } from '../profile/profile-change-view';

/** A pending request waiting on a step escalated with nobody above its approver. */
export interface StrandedEscalation {
  ref: string;
  name: string;
  nip: string;
  unit: string;
  typeCode: string;
  start: string;
  end: string;
  approver: string;
  escalatedAt: Date;
}

/** A pending request still missing the document its type needs (e.g. the doctor's letter). */
export interface MissingDocument {
  ref: string;
  name: string;
  nip: string;
  unit: string;
  typeCode: string;
  start: string;
  end: string;
  document: string;
  submittedAt: Date;
}

/** A message SAPA gave up sending: an approval card, a payslip or another message. */
export interface FailedDelivery {
  id: number;
  what: 'card' | 'payslip' | 'message';
  channel: string;
  name: string | null;
  nip: string | null;
  error: string;
  createdAt: Date;
}

export interface UnlinkedByAgency {
  agency: string;
  agencyName: string;
  employees: number;
  unlinked: number;
}

/**
 * What needs HR now, as plain data (the admin API, the HR chat menu and a
 * later web console show it): each list complete up to `limit` with its
 * total count.
 */
export interface Worklist {
  escalations: { total: number; items: StrandedEscalation[] };
  missingDocuments: { total: number; items: MissingDocument[] };
  profileChanges: { total: number; items: ProfileChangeView[] };
  failedDeliveries: { total: number; items: FailedDelivery[] };
  unlinked: { total: number; byAgency: UnlinkedByAgency[] };
}
