import type { ResolvedDocument } from '../../../chat/channel-sender';
import type { Choice, OutboundMessage } from '../../../chat/outbound-message';
import type { Language } from '../../../domain/language';
import { translate } from '../../../i18n/translate';
import { renderAsText } from '../../render-as-text';
import type { GraphMessage } from './graph-api';

/** The Cloud API's limits on interactive messages (characters). */
export const INTERACTIVE_LIMITS = {
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  buttonBody: 1024,
  rows: 10,
  rowTitle: 24,
  rowId: 200,
  listBody: 4096,
} as const;

/** Longest text message body. */
export const MAX_TEXT = 4096;
/** Longest document caption. */
export const MAX_CAPTION = 1024;
/** Longest template body parameter SAPA sends (the template's own words come on top, within Meta's 1,024). */
export const MAX_TEMPLATE_PARAMETER = 900;

/** The names of the two templates the agency registers (README "Choosing a WhatsApp transport"). */
export interface TemplateNames {
  notice: string;
  document: string;
}

const fits = (choices: readonly Choice[], count: number, title: number, id: number) =>
  choices.length > 0 && choices.length <= count && choices.every((c) => [...c.label].length <= title && c.value.length <= id);

/** Splits a long text at line ends where it can, never above `max` characters. */
export function splitText(text: string, max = MAX_TEXT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf('\n', max);
    const at = cut > max / 2 ? cut : max;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  return [...parts, rest];
}

const textMessages = (text: string): GraphMessage[] => splitText(text).map((body) => ({ type: 'text', text: { body, preview_url: false } }));

/**
 * A neutral message as Cloud API messages, inside the 24-hour window: text
 * as text (split past 4,096 characters); choices as reply buttons when at
 * most 3 fit (titles up to 20 characters), else as a list when at most 10
 * fit (titles up to 24), else as numbered text like the Baileys transport;
 * a card's outcome (resolve) as text.
 */
export function freeFormMessages(message: Exclude<OutboundMessage, { kind: 'document' }>, language: Language): GraphMessage[] {
  if (message.kind !== 'choices' || message.choices.length === 0) return textMessages(renderAsText(message));
  const { choices, text } = message;
  const L = INTERACTIVE_LIMITS;
  if (fits(choices, L.buttons, L.buttonTitle, L.buttonId) && text.length <= L.buttonBody) {
    return [
      {
        type: 'interactive',
        interactive: { type: 'button', body: { text }, action: { buttons: choices.map((c) => ({ type: 'reply', reply: { id: c.value, title: c.label } })) } },
      },
    ];
  }
  if (fits(choices, L.rows, L.rowTitle, L.rowId) && text.length <= L.listBody) {
    return [
      {
        type: 'interactive',
        interactive: {
          type: 'list',
          body: { text },
          action: { button: translate(language, 'whatsapp.list_button'), sections: [{ rows: choices.map((c) => ({ id: c.value, title: c.label })) }] },
        },
      },
    ];
  }
  return textMessages(renderAsText(message));
}

/** A document uploaded earlier (its media id), inside the window. */
export function documentMessage(mediaId: string, document: ResolvedDocument): GraphMessage {
  return { type: 'document', document: { id: mediaId, filename: document.fileName, caption: document.caption.slice(0, MAX_CAPTION) } };
}

/**
 * Text as one template parameter: Meta refuses line breaks, tabs and more
 * than four spaces in a row there, so lines are joined with " · " and the
 * whole is cut at MAX_TEMPLATE_PARAMETER characters.
 */
export function templateParameter(text: string): string {
  const flat = text
    .split(/\s*\n+\s*/)
    .filter((line) => line.trim() !== '')
    .join(' · ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > MAX_TEMPLATE_PARAMETER ? `${flat.slice(0, MAX_TEMPLATE_PARAMETER - 1)}…` : flat || '-';
}

/** Template languages SAPA registers: Bahasa Indonesia and English. */
const templateLanguage = (language: Language) => (language === 'en' ? 'en' : 'id');

/** Outside the window: the notice template, its one body parameter the message as text (numbered choices included). */
export function noticeTemplate(message: Exclude<OutboundMessage, { kind: 'document' }>, language: Language, names: TemplateNames): GraphMessage {
  return {
    type: 'template',
    template: {
      name: names.notice,
      language: { code: templateLanguage(language) },
      components: [{ type: 'body', parameters: [{ type: 'text', text: templateParameter(renderAsText(message)) }] }],
    },
  };
}

/** Outside the window: the document template, the uploaded file in its header and the caption as its body parameter. */
export function documentTemplate(mediaId: string, document: ResolvedDocument, language: Language, names: TemplateNames): GraphMessage {
  return {
    type: 'template',
    template: {
      name: names.document,
      language: { code: templateLanguage(language) },
      components: [
        { type: 'header', parameters: [{ type: 'document', document: { id: mediaId, filename: document.fileName } }] },
        { type: 'body', parameters: [{ type: 'text', text: templateParameter(document.caption) }] },
      ],
    },
  };
}
