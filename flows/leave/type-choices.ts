import type { Choice } from '../../src/chat/outbound-message';
import type { InboundContent } from '../../src/chat/inbound-message';
import type { Translator } from '../../src/conversation/render/translator';
import { type LeavePolicy, requestableTypes } from '../../src/domain/leave';
import type { LeaveDraft } from './leave-draft';

/** The types this employee may request (the domain's requestableTypes), as buttons. */
export function typeChoices(policy: LeavePolicy, who: NonNullable<LeaveDraft['who']>, t: Translator): Choice[] {
  return requestableTypes(policy, who).map((code) => ({ value: code, label: t(`leave.type.${code}`) }));
}

/** A type typed as its code ("ct", "CS") rather than picked. */
export function typedType(input: InboundContent, choices: readonly Choice[]): string | null {
  const typed = input.kind === 'text' ? input.text.trim().toUpperCase() : '';
  return choices.find((c) => c.value === typed)?.value ?? null;
}
