import type { IsoDay } from '../day';
import type { Letterhead } from '../paperwork/leave-paper-document';

/**
 * What SAPA holds about one employee, as the "data saya" document prints it
 * (UU No. 27/2022, the right of access): built in one place
 * (services/personal-data/collect-personal-data.ts), drawn by
 * documents/render-personal-data-pdf.ts. It names no other employee except as
 * the actor of an audit row or the supervisor on record.
 */
export interface PersonalDataRecord {
  printedAt: Date;
  letterhead: Letterhead;
  /** Who to ask about the data (PRIVACY_CONTACT, else the agency and its address). */
  contact: string;
  /** The privacy page's address. */
  privacyUrl: string;
  profile: {
    nip: string;
    name: string;
    kind: string;
    rank: string;
    position: string;
    unit: string;
    supervisor: string | null;
    role: string;
    serviceStart: IsoDay;
    contractStart: IsoDay | null;
    contractEnd: IsoDay | null;
    birthDate: IsoDay;
    gender: string;
    phone: string | null;
    email: string | null;
    address: string | null;
    language: string;
    active: boolean;
  };
  /** Linked chats, each as its owner recognises it with the number masked ("WhatsApp 6281****567"). */
  chats: Array<{ label: string; linkedAt: Date }>;
  requests: Array<{ ref: string; typeCode: string; start: IsoDay; end: IsoDay; days: number; status: string; submittedAt: Date }>;
  balances: Array<{ year: number; typeCode: string; entitled: number; carriedOver: number; deferred: number; added: number; used: number; reserved: number }>;
  /** Months a slip was issued for, and how many times it was sent to a chat; amounts stay on the password-locked slip. */
  payslips: Array<{ period: string; deliveries: number }>;
  profileChanges: Array<{ field: string; value: string; status: string; createdAt: Date }>;
  /** Files attached to requests (metadata only); `purged` once the retention policy removed the file. */
  documents: Array<{ ref: string | null; kind: string; createdAt: Date; purged: boolean }>;
  /** The newest audit rows about the employee's own records: when, what, who acted. */
  audit: Array<{ at: Date; action: string; entity: string; actor: string | null }>;
}
