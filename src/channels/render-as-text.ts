import type { OutboundMessage } from '../chat/outbound-message';

/** A neutral message as plain text with numbered choices: the terminal chat and WhatsApp read like this. */
export function renderAsText(message: OutboundMessage): string {
  switch (message.kind) {
    case 'text':
      return message.text;
    case 'choices':
      return [message.text, '', ...message.choices.map((c, i) => `${i + 1}. ${c.label}`)].join('\n');
    case 'document':
      return `📄 ${message.fileName}\n${message.caption}`;
    case 'resolve':
      return message.text;
  }
}
