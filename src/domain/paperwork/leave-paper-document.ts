import type { IsoDay } from '../day';
import type { LeaveLength } from './leave-length';

/** The six types the form lists, in the annex's order (cuti bersama is not requested on the form). */
export const FORM_LEAVE_TYPES = ['CT', 'CB', 'CS', 'CM', 'CAP', 'CLTN'] as const;
export type FormLeaveType = (typeof FORM_LEAVE_TYPES)[number];

export function isFormLeaveType(code: string): code is FormLeaveType {
  return (FORM_LEAVE_TYPES as readonly string[]).includes(code);
}

/** The agency's letterhead, from configuration. */
export interface Letterhead {
  /** Lines in capitals, top to bottom: "PEMERINTAH KOTA SERANG", "BADAN KEPEGAWAIAN ...". */
  lines: string[];
  address: string;
  /** A PNG or JPEG printed left of the lines, when configured. */
  logoPath?: string;
}

/** Where a signature stands on paper: who acted, through which channel, when. */
export interface PaperSignature {
  name: string;
  nip: string;
  /** "Telegram", "WhatsApp", "SAPA web", "API admin"; null when unknown. */
  channel: string | null;
  at: Date;
}

export type PaperDecision = 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT';

/** One approval part of the form (VII or VIII). */
export type FormStep =
  | { state: 'DECIDED'; decision: PaperDecision; note: string | null; changed: { start: IsoDay; end: IsoDay } | null; signature: PaperSignature }
  | { state: 'PENDING'; approverName: string }
  /** The agency's policy makes the earlier decision final (VIII only), or a rejection ended the request. */
  | { state: 'NOT_NEEDED' };

export interface PaperVerification {
  code: string;
  /** PUBLIC_URL/verify/<code> (relative when PUBLIC_URL is unset). */
  url: string;
}

/** Everything printed on the form of Anak Lampiran I.b for one request. */
export interface LeaveFormDocument {
  letterhead: Letterhead;
  place: string;
  /** The day the request was made. */
  date: IsoDay;
  /** The official the form is addressed to ("Kepala Badan ..."). */
  addressee: string;
  employee: { name: string; nip: string; position: string; serviceYears: number; serviceMonths: number; unit: string };
  typeCode: FormLeaveType;
  reason: string;
  length: LeaveLength;
  start: IsoDay;
  end: IsoDay;
  /** V: cuti tahunan left in N-2, N-1 and N, and a remark for each of the other five types. */
  record: {
    annual: Array<{ year: number; left: number; remark: string }>;
    others: Record<Exclude<FormLeaveType, 'CT'>, string>;
  };
  addressDuring: string;
  phone: string | null;
  /** VI: the employee's request (a proxy's name when HR or a supervisor filed it). */
  requester: PaperSignature & { proxyName: string | null };
  supervisor: FormStep;
  official: FormStep;
  /** The request's state when printed ("Disetujui", "Menunggu keputusan", ...). */
  statusLabel: string;
  verification: PaperVerification;
  printedAt: Date;
}

/** Everything printed on one Surat Izin Cuti. */
export interface LeaveLetterDocument {
  letterhead: Letterhead;
  place: string;
  /** The day the leave was granted (or the letter re-issued). */
  date: IsoDay;
  number: string;
  version: number;
  typeCode: FormLeaveType;
  /** Cuti tahunan: the year of the leave. */
  year: number;
  employee: { name: string; nip: string; rank: string; position: string; unit: string; kind: 'PNS' | 'PPPK' };
  length: LeaveLength;
  start: IsoDay;
  end: IsoDay;
  official: PaperSignature & { position: string };
  copies: string[];
  verification: PaperVerification;
  printedAt: Date;
}
