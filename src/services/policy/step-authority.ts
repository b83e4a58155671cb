import { z } from 'zod';

/** On whose authority the official decides, as stored on the approval step and shown on the card. */
export const stepAuthoritySchema = z.object({
  /** The unit whose rule names the official (null: the city-wide official). */
  unit: z.string().nullable(),
  /** Who delegated the power (the city's grantor, e.g. "Wali Kota"). */
  grantor: z.string(),
  /** The official holds the power themselves (the head of the whole organisation). */
  own: z.boolean(),
});

export type StepAuthority = z.output<typeof stepAuthoritySchema>;

/** A step's stored authority, or null when it has none (a supervisor's step) or it does not parse. */
export function readStepAuthority(value: unknown): StepAuthority | null {
  const parsed = stepAuthoritySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
