import type { InboundContent } from '../src/chat/inbound-message';
import type { SmallTalk } from '../src/conversation/understand/small-talk';
import { LINK_FLOW } from '../src/conversation/run-turn';
import { isLinkCodeShaped } from '../src/services/link-codes/link-code-format';

/* What the menu hands on: a message that is the first answer of another flow, and small talk answered in place. */

/** A NIP or a link code typed to an unlinked chat: handed to the link flow as its first answer. */
export const REPLAY_LINK = '=link';
/** `formulir cuti <ref>` / `surat cuti <ref>`: handed to the request_paper flow as its first answer. */
export const REPLAY_PAPER = '=paper';
export const PAPER_FLOW = 'request_paper';
/** A leave request written in one message ("cuti tahunan 14-16 des ..."): handed to the leave flow's first step. */
export const REPLAY_LEAVE = '=leave';
export const LEAVE_FLOW = 'leave_request';
/** A greeting or a courtesy ("halo", "terima kasih", 👍): answered, and the menu shown again. */
export const SMALL_TALK = '=small:';
export const SMALL_TALK_KINDS = ['salam', 'morning', 'noon', 'afternoon', 'evening', 'hello', 'thanks', 'ack'] as const satisfies readonly SmallTalk[];

/** A NIP or a link code typed straight away: handed to the link flow as its first answer. */
export function looksLikeLinkAnswer(input: InboundContent): boolean {
  if (input.kind !== 'text') return false;
  const compact = input.text.trim().replace(/[\s.-]/g, '');
  return /^\d{18}$/.test(compact) || isLinkCodeShaped(compact);
}

/** Messages handed on as the first answer of another flow. */
export const REPLAYS: ReadonlyMap<string, { flow: string; replay: true }> = new Map([
  [REPLAY_LINK, { flow: LINK_FLOW, replay: true }],
  [REPLAY_PAPER, { flow: PAPER_FLOW, replay: true }],
  [REPLAY_LEAVE, { flow: LEAVE_FLOW, replay: true }],
]);
