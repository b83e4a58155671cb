import { z } from 'zod';

/** Conversation state as stored: versioned, parsed on every read. */
export const SESSION_VERSION = 1;

const frameSchema = z.object({
  flow: z.string().max(64),
  step: z.string().max(64),
  data: z.record(z.string(), z.unknown()),
});

export const sessionStateSchema = z.object({
  v: z.literal(SESSION_VERSION),
  flow: z.string().max(64),
  step: z.string().max(64),
  data: z.record(z.string(), z.unknown()),
  /** Earlier steps, newest last, so "kembali" can go back. */
  back: z.array(frameSchema).max(12),
  lang: z.enum(['id', 'en']).optional(),
  introduced: z.boolean(),
  /** When SAPA last answered this chat while it was not linked (ConversationEngineOptions.quietStrangers). */
  answeredAt: z.string().optional(),
  lastActiveAt: z.string(),
  /** A question is out whether to leave the current flow (with a draft) for `flow` (see intent-switch). */
  switching: z.object({ flow: z.string().max(64) }).optional(),
  /** A request left half-filled for another flow at `at`: picked up again when its flow is opened within the idle period. */
  draft: frameSchema.extend({ at: z.string() }).optional(),
});

export type SessionState = z.infer<typeof sessionStateSchema>;

export const IDLE_FLOW = 'menu';
export const IDLE_STEP = 'home';

export function freshState(now: Date): SessionState {
  return { v: SESSION_VERSION, flow: IDLE_FLOW, step: IDLE_STEP, data: {}, back: [], introduced: false, lastActiveAt: now.toISOString() };
}

/**
 * Reads a stored state; an unknown or broken shape starts a fresh conversation
 * rather than failing the chat. Older versions are migrated here when the shape changes.
 */
export function readSessionState(version: number, raw: unknown, now: Date): SessionState {
  if (version === SESSION_VERSION) {
    const parsed = sessionStateSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
  }
  return { ...freshState(now), introduced: true };
}
