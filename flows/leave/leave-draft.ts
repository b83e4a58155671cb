import { z } from 'zod';
import { isIsoDay } from '../../src/domain/day';
import { EMPLOYEE_KINDS, LEAVE_TYPE_CODES, leaveDetailSchema } from '../../src/domain/leave';
import { heardSchema } from './heard-schema';
import { proxySubjectSchema } from './proxy-subject';

const isoDay = z.string().refine(isIsoDay);
const errorRef = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

/**
 * What the leave request conversation has gathered so far: the flow's data,
 * parsed by the engine before every step (a broken shape starts afresh).
 */
export const leaveDraftSchema = z.object({
  /** The employee an HR officer or a supervisor requests for (the act_for flow); absent: the chat's own employee. */
  for: proxySubjectSchema.optional(),
  /** The employee as the conversation started: kind, gender and service start decide the questions. */
  who: z.object({ kind: z.enum(EMPLOYEE_KINDS), gender: z.enum(['M', 'F']), serviceStart: isoDay }).optional(),
  type: z.enum(LEAVE_TYPE_CODES).optional(),
  start: isoDay.optional(),
  end: isoDay.optional(),
  /** Days charged for [start, end] as a whole (before a half day halves it). */
  fullDays: z.number().min(0).optional(),
  /** Asked for a single day of CT only. */
  halfDay: z.enum(['FULL', 'MORNING', 'AFTERNOON']).optional(),
  detail: leaveDetailSchema.default({}),
  reason: z.string().optional(),
  address: z.string().optional(),
  /** The phone during leave (the form's "telepon"): the one on record kept, another typed, or null for none. */
  phone: z.string().max(30).nullable().optional(),
  /** The required letter is sent after submitting ("kirim surat"): the request waits incomplete until then. */
  documentLater: z.boolean().optional(),
  documentIds: z.array(z.number().int()).default([]),
  documentNames: z.array(z.string()).default([]),
  /** What a one-message request said before its type was known (readLeaveMessage), applied once the type is picked. */
  heard: heardSchema.optional(),
  /** The rules submitLeave refused, shown on the "change dates or drop" step. */
  errors: z.array(errorRef).optional(),
});

export type LeaveDraft = z.infer<typeof leaveDraftSchema>;
export type HalfDayAnswer = NonNullable<LeaveDraft['halfDay']>;
