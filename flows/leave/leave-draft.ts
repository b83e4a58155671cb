import { z } from 'zod';
import type { FlowData } from '../../src/conversation/flow';
import { isIsoDay } from '../../src/domain/day';
import { EMPLOYEE_KINDS, LEAVE_TYPE_CODES, leaveDetailSchema } from '../../src/domain/leave';

const isoDay = z.string().refine(isIsoDay);
const errorRef = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

/**
 * What the leave request conversation has gathered so far, kept in the
 * session's flow data (plain JSON) and parsed on every read.
 */
export const leaveDraftSchema = z.object({
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
  documentIds: z.array(z.number().int()).default([]),
  documentNames: z.array(z.string()).default([]),
  /** The rules submitLeave refused, shown on the "change dates or drop" step. */
  errors: z.array(errorRef).optional(),
});

export type LeaveDraft = z.infer<typeof leaveDraftSchema>;
export type HalfDayAnswer = NonNullable<LeaveDraft['halfDay']>;

/** The draft in `data`; a broken or foreign shape starts afresh rather than failing the chat. */
export function readDraft(data: FlowData): LeaveDraft {
  const parsed = leaveDraftSchema.safeParse(data);
  return parsed.success ? parsed.data : leaveDraftSchema.parse({});
}

/** Days the request charges: half a working day, or all of them. */
export function chargedDays(draft: LeaveDraft): number {
  const full = draft.fullDays ?? 0;
  return draft.halfDay === 'MORNING' || draft.halfDay === 'AFTERNOON' ? Math.min(full, 0.5) : full;
}
