import type { Choice } from '../../src/chat/outbound-message';
import type { InboundContent } from '../../src/chat/inbound-message';
import { parseChoice } from '../../src/conversation/parse-choice';
import { parseYesNo } from '../../src/conversation/understand/parse-yes-no';
import type { Translator } from '../../src/conversation/render/translator';

export function yesNoChoices(t: Translator, yesKey = 'leave_flow.yes', noKey = 'leave_flow.no'): Choice[] {
  return [
    { value: 'yes', label: t(yesKey) },
    { value: 'no', label: t(noKey) },
  ];
}

/** A tapped or numbered yes/no button, or a typed "ya", "iya", "tidak", "no"...; null otherwise. */
export function readYesNo(input: InboundContent, choices: readonly Choice[]): boolean | null {
  const picked = parseChoice(input, choices);
  if (picked) return picked === 'yes';
  return input.kind === 'text' && input.text.length <= 80 ? parseYesNo(input.text) : null;
}
