import type { Choice } from '../../chat/outbound-message';
import type { InboundContent } from '../../chat/inbound-message';
import { parseChoice } from '../parse-choice';
import { parseYesNo } from './parse-yes-no';
import type { Translator } from '../render/translator';

export function yesNoChoices(t: Translator, yesKey = 'common.yes', noKey = 'common.no'): Choice[] {
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
