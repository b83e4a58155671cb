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
 * asked for when an approver changed them, the document the rules required
 * at submission, an early return to work, and sick leave taking over days.
 */
const bookkeepingSchema = z.object({
  charged: z.array(yearDays).default([]),
  forfeited: z.array(credits).default([]),
  requested: z.object({ start: day, end: day }).nullable().default(null),
  requiredDocument: z.enum(DOCUMENT_REQUIREMENTS).default('NONE'),
  /** Back at work early: the day back and the end the leave had before. */
  returnedEarly: z.object({ on: day, previousEnd: day }).nullable().default(null),
  /** Days of this CT request a later sick leave took over (their CT days given back), per sick leave. */
  convertedToSick: z.array(z.object({ requestId: z.number().int(), ref: z.string(), days: z.number(), charged: z.array(yearDays) })).default([]),
  /** CS: the granted CT request whose days this sick leave takes over. */
  convertsRequestId: z.number().int().nullable().default(null),
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
