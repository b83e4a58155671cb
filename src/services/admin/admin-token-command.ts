import { parseArgs } from 'node:util';
import type { Database } from '../../store/database';
import { createAdminToken } from './create-admin-token';
import { listAdminTokens } from './list-admin-tokens';
import { revokeAdminToken } from './revoke-admin-token';

export type AdminTokenCommand = { kind: 'create'; name: string } | { kind: 'revoke'; id: number } | { kind: 'list' };

export const ADMIN_TOKEN_USAGE = `Usage:
  npm run admin:token -- --name "<staff name>"   create a token (printed once)
  npm run admin:token -- --revoke <id>           revoke a token
  npm run admin:token -- --list                  list tokens`;

/** The command of `npm run admin:token -- ...`, or null when the arguments make none. */
export function parseAdminTokenArgs(argv: readonly string[]): AdminTokenCommand | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { name: { type: 'string' }, revoke: { type: 'string' }, list: { type: 'boolean' } },
      strict: true,
    }));
  } catch {
    return null;
  }
  const chosen = [values.name !== undefined, values.revoke !== undefined, values.list === true].filter(Boolean).length;
  if (chosen !== 1) return null;
  if (values.name !== undefined) return values.name.trim() ? { kind: 'create', name: values.name.trim() } : null;
  if (values.revoke !== undefined) return /^\d+$/.test(values.revoke) ? { kind: 'revoke', id: Number(values.revoke) } : null;
  return { kind: 'list' };
}

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) : '-');

/** Runs one command; returns the lines to print and whether it succeeded. */
export async function runAdminTokenCommand(db: Database, command: AdminTokenCommand, now: Date): Promise<{ ok: boolean; lines: string[] }> {
  if (command.kind === 'create') {
    const created = await db.prisma.$transaction((tx) => createAdminToken(tx, { name: command.name, now }));
    return {
      ok: true,
      lines: [
        `Token ${created.id} for ${created.name}:`,
        '',
        `  ${created.token}`,
        '',
        'Shown once: SAPA keeps only its hash. Send it as "Authorization: Bearer <token>".',
      ],
    };
  }
  if (command.kind === 'revoke') {
    const revoked = await db.prisma.$transaction((tx) => revokeAdminToken(tx, { id: command.id, now }));
    return revoked ? { ok: true, lines: [`Token ${command.id} revoked.`] } : { ok: false, lines: [`No active token ${command.id}.`] };
  }
  const tokens = await listAdminTokens(db.prisma);
  if (tokens.length === 0) return { ok: true, lines: ['No tokens.'] };
  return {
    ok: true,
    lines: [
      'id  name  created  last used  revoked',
      ...tokens.map((t) => `${t.id}  ${t.name}  ${when(t.createdAt)}  ${when(t.lastUsedAt)}  ${when(t.revokedAt)}`),
    ],
  };
}
