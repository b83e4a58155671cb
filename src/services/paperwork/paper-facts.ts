import { z } from 'zod';

/** What a paper states about its request, kept as printed: a later change is told apart by comparing these. */
export const paperFactsSchema = z.object({
  typeCode: z.string(),
  status: z.string(),
  start: z.string(),
  end: z.string(),
  days: z.number(),
});

export type PaperFacts = z.infer<typeof paperFactsSchema>;

export function factsOf(request: { typeCode: string; status: string; startDate: string; endDate: string; days: number }): PaperFacts {
  return { typeCode: request.typeCode, status: request.status, start: request.startDate, end: request.endDate, days: request.days };
}

export function sameFacts(a: PaperFacts, b: PaperFacts): boolean {
  return a.typeCode === b.typeCode && a.start === b.start && a.end === b.end && a.days === b.days;
}

/** The stored JSON read back (a row written by an older version that does not parse reads as "changed"). */
export function readFacts(value: unknown): PaperFacts | null {
  const parsed = paperFactsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
