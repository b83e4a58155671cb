import { readLeaveMessage } from '../../src/conversation/understand/leave-message/read-leave-message';
import type { IsoDay } from '../../src/domain/day';
import type { LeaveTypeCode } from '../../src/domain/leave';
import type { Heard } from './heard-schema';

/** The answer to the type question: a type picked, and what a one-message request said besides. */
export interface TypePick {
  type?: LeaveTypeCode;
  heard?: Heard;
}

/**
 * A leave request written in one message (readLeaveMessage): its type and the
 * rest of what it said, or null when the message fills nothing (not a
 * request, or only "cuti").
 */
export function heardIn(text: string, today: IsoDay, withinRequest = false): { type?: LeaveTypeCode; slots: Heard } | null {
  const read = readLeaveMessage(text, today, { withinRequest });
  if (!read) return null;
  const { type, ...slots } = read;
  if (type === undefined && Object.keys(slots).length === 0) return null;
  return { ...(type ? { type } : {}), slots };
}
