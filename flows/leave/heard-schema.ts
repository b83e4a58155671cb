import { z } from 'zod';
import { isIsoDay } from '../../src/domain/day';

const isoDay = z.string().refine(isIsoDay);

/** The slots of a one-message request (LeaveMessageSlots), as the draft keeps them. */
export const heardSchema = z.object({
  start: isoDay.optional(),
  end: isoDay.optional(),
  half: z.literal(true).optional(),
  halfDay: z.enum(['MORNING', 'AFTERNOON']).optional(),
  reason: z.string().optional(),
  address: z.string().optional(),
  childOrder: z.number().int().optional(),
});
export type Heard = z.infer<typeof heardSchema>;
