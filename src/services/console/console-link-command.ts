import { isAppError } from '../../domain/app-error';
import { translate } from '../../i18n/translate';
import type { Database } from '../../store/database';
import { createConsoleLink } from './console-link';

export const CONSOLE_LINK_USAGE = `Usage: npm run console:link -- --nip <NIP>

Prints a one-time sign-in link to the HR console (/hr) for an HR officer or a
supervisor: valid 10 minutes, used once. For the very first sign-in, before
any chat is linked; afterwards type "konsol" in the chat.`;

/** The NIP of `--nip <NIP>`, or what is wrong with the arguments. */
export function parseConsoleLinkArgs(args: readonly string[]): { nip: string } | { error: string } {
  const at = args.indexOf('--nip');
  const nip = at >= 0 ? args[at + 1] : undefined;
  if (!nip || !/^\d{18}$/.test(nip)) return { error: '--nip needs an 18-digit NIP' };
  return { nip };
}

/** Makes the link (audited as made through the CLI) and the lines to print. */
export async function runConsoleLinkCommand(db: Database, input: { nip: string; now: Date; baseUrl: string }): Promise<{ ok: boolean; lines: string[] }> {
  const employee = await db.prisma.employee.findUnique({ where: { nip: input.nip }, select: { id: true, name: true } });
  if (!employee) return { ok: false, lines: [`No employee with NIP ${input.nip}.`] };
  try {
    const link = await db.prisma.$transaction((tx) => createConsoleLink(tx, { employeeId: employee.id, now: input.now, via: 'CLI' }));
    return {
      ok: true,
      lines: [`${employee.name} (${link.person.role}), valid until ${link.expiresAt.toISOString()}, once:`, `${input.baseUrl.replace(/\/+$/, '')}/hr/login/${link.token}`],
    };
  } catch (error) {
    if (isAppError(error)) return { ok: false, lines: [translate('en', error.code, error.params)] };
    throw error;
  }
}
