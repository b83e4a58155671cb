import type { Choice } from '../../src/chat/outbound-message';
import type { InboundContent } from '../../src/chat/inbound-message';
import { parseChoice } from '../../src/conversation/parse-choice';
import type { Translator } from '../../src/conversation/render/translator';
import { LEAVE_TYPE_CODES, type LeavePolicy, type LeaveTypeCode } from '../../src/domain/leave';
import type { LeaveDraft } from './leave-draft';

/** The types this employee may request, as the policy says: PNS all, PPPK no CB, CAP or CLTN; CM for women. */
export function typeChoices(policy: LeavePolicy, who: NonNullable<LeaveDraft['who']>, t: Translator): Choice[] {
  return LEAVE_TYPE_CODES.filter((code) => {
    const rule = policy.types[code];
    return rule.requestable && rule.kinds.includes(who.kind) && !(code === 'CM' && who.gender === 'M');
  }).map((code) => ({ value: code, label: t(`leave.type.${code}`) }));
}

/** A picked type: a button, a number, the name typed out, or the code ("ct", "CS"). */
export function readType(input: InboundContent, choices: readonly Choice[]): LeaveTypeCode | null {
  const picked = parseChoice(input, choices);
  const typed = input.kind === 'text' ? input.text.trim().toUpperCase() : '';
  const code = picked ?? choices.find((c) => c.value === typed)?.value ?? null;
  return code as LeaveTypeCode | null;
}
