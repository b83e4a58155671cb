import type { Telegram } from 'telegraf';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { BOT_COMMANDS } from './command-text';

export function botCommands(lang: Language): Array<{ command: string; description: string }> {
  return BOT_COMMANDS.map((command) => ({ command, description: translate(lang, `telegram.command.${command}`) }));
}

/** The command menu: Indonesian for everyone, English for Telegram apps set to English. */
export async function registerBotCommands(telegram: Telegram): Promise<void> {
  await telegram.setMyCommands(botCommands('id'));
  await telegram.setMyCommands(botCommands('en'), { language_code: 'en' });
}
