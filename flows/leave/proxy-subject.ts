import { z } from 'zod';

/** The employee someone else acts for in a leave conversation: who, and whether their chat is linked (told by the service). */
export const proxySubjectSchema = z.object({ id: z.number().int(), name: z.string(), nip: z.string(), linked: z.boolean() });
