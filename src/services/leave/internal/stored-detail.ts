import { z } from 'zod';
import { DOCUMENT_REQUIREMENTS, type LeaveDetail, leaveDetailSchema } from '../../../domain/leave';
import { asJson, type JsonInput } from '../../../store/database';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const yearDays = z.object({ year: z.number().int(), days: z.number().min(0) });
const credits = z.object({ year: z.number().int(), entitled: z.number(), carriedOver: z.number(), deferred: z.number(), added: z.number() });

/**
 * LeaveRequest.detail as stored: the type-specific facts the employee gave
 * (LeaveDetail, at the top level so leaveDetailSchema reads them as they are)
 * plus what the services need to undo their own writes exactly: the CT days
 * held per year (`charged`), the credits cuti besar forfeited, the dates first
 * asked for when an approver changed them, and the document the rules required
 * at submission.
 */
const bookkeepingSchema = z.object({
  charged: z.array(yearDays).default([]),
  forfeited: z.array(credits).default([]),
  requested: z.object({ start: day, end: day }).nullable().default(null),
  requiredDocument: z.enum(DOCUMENT_REQUIREMENTS).default('NONE'),
});

export type StoredDetail = z.infer<typeof bookkeepingSchema> & { facts: LeaveDetail };
export type ForfeitedCredits = z.infer<typeof credits>;

export function readStoredDetail(raw: unknown): StoredDetail {
  const source = typeof raw === 'object' && raw !== null ? raw : {};
  const facts = leaveDetailSchema.safeParse(source);
  const bookkeeping = bookkeepingSchema.safeParse(source);
  return { facts: facts.success ? facts.data : {}, ...(bookkeeping.success ? bookkeeping.data : bookkeepingSchema.parse({})) };
}

export function storedDetail(detail: Partial<StoredDetail> & { facts: LeaveDetail }): JsonInput {
  const { facts, ...rest } = detail;
  return asJson({ ...leaveDetailSchema.parse(facts), ...bookkeepingSchema.parse(rest) });
}
