import type { ChannelName } from '../../chat/channel-name';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';

/** A chat as its owner recognises it: "WhatsApp 6281****567", "Telegram", "web chat (test)". */
export function chatLabel(identity: { channel: ChannelName; phone: string | null; externalId: string }, lang: Language): string {
  const channel = translate(lang, `link.channel.${identity.channel}`);
  const number = identity.channel === 'WHATSAPP' ? (identity.phone ?? identity.externalId.split('@')[0] ?? '').replace(/\D/g, '') : '';
  return number.length >= 8 ? `${channel} ${number.slice(0, 4)}****${number.slice(-3)}` : channel;
}
