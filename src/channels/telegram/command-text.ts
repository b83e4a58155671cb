/** The bot's commands, in the order Telegram shows them; each is typed to SAPA as the same word. */
export const BOT_COMMANDS = ['menu', 'cuti', 'status', 'saldo', 'slip', 'bantuan'] as const;

const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s+([\s\S]*))?$/;

/**
 * What a typed text means to the conversation: `/start <code>` (the deep link
 * https://t.me/<bot>?start=<code>) is the link code, `/start` alone and the
 * bot's commands are their words (`/cuti@SapaBot` -> "cuti"). Anything else is
 * passed on unchanged.
 */
export function commandText(text: string): string {
  const match = COMMAND.exec(text.trim());
  if (!match) return text;
  const name = match[1]!.toLowerCase();
  const argument = match[2]?.trim() ?? '';
  if (name === 'start') return argument || 'menu';
  if ((BOT_COMMANDS as readonly string[]).includes(name)) return argument ? `${name} ${argument}` : name;
  return text;
}
