import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';

/** "Telegram", "WhatsApp", "obrolan web SAPA"; the admin API when a proxy acted without a channel. */
export function paperChannelLabel(channel: string | null, lang: Language, viaAdmin = false): string | null {
  if (channel) return translate(lang, `paperwork.channel.${channel}`);
  return viaAdmin ? translate(lang, 'paperwork.channel.ADMIN') : null;
}
