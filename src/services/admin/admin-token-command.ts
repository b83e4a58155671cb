import { parseArgs } from 'node:util';
import type { Database } from '../../store/database';
import { ADMIN_SCOPES, type AdminScope, parseScopes } from './admin-scopes';
import { AdminTokenRefused, createAdminToken, DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from './create-admin-token';
import { listAdminTokens } from './list-admin-tokens';
import { revokeAdminToken } from './revoke-admin-token';

export type AdminTokenCommand =
  | { kind: 'create'; nip: string; scopes: AdminScope[]; days: number; name?: string }
  | { kind: 'revoke'; id: number }
  | { kind: 'list' };

const scopeLines = Object.entries(ADMIN_SCOPES)
  .map(([scope, meaning]) => `  ${scope.padEnd(11)} ${meaning}`)
  .join('\n');

export const ADMIN_TOKEN_USAGE = `Bearer tokens of the HR admin API.

Usage:
  npm run admin:token -- create --nip <NIP> --scopes <scope,...> [--days <n>] [--name "<label>"]
      A token for an active HR employee (the owner: what the token does is
      recorded as done by them). Printed once. --days: 1 to ${MAX_TOKEN_DAYS}, default ${DEFAULT_TOKEN_DAYS}.
  npm run admin:token -- list
      Every token: owner, scopes, expiry, last use, revocation.
  npm run admin:token -- revoke <id>
      The token answers 401 from now on.

Scopes:
${scopeLines}

Example:
  npm run admin:token -- create --nip 198503152010012003 --scopes read,leave --name "laptop BKPSDM"`;

/** The command of `npm run admin:token -- ...`, or an error naming what is wrong. */
export function parseAdminTokenArgs(argv: readonly string[]): AdminTokenCommand | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { nip: { type: 'string' }, scopes: { type: 'string' }, days: { type: 'string' }, name: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const [verb, ...rest] = positionals;
  const options = Object.keys(values);
  if (verb === 'list') {
    return rest.length === 0 && options.length === 0 ? { kind: 'list' } : { error: 'list takes no arguments' };
  }
  if (verb === 'revoke') {
    if (options.length > 0 || rest.length !== 1 || !/^\d+$/.test(rest[0]!)) return { error: 'revoke takes one token id: revoke <id>' };
    return { kind: 'revoke', id: Number(rest[0]) };
  }
  if (verb === 'create') {
    if (rest.length > 0) return { error: `unexpected argument "${rest[0]}"` };
    if (!values.nip || !/^\d{18}$/.test(values.nip)) return { error: '--nip <NIP> is required: the owner\'s 18-digit NIP' };
    const scopes = values.scopes === undefined ? null : parseScopes(values.scopes);
    if (!scopes) return { error: `--scopes is required: one or more of ${Object.keys(ADMIN_SCOPES).join(', ')}, separated by commas` };
    const days = values.days === undefined ? DEFAULT_TOKEN_DAYS : /^\d+$/.test(values.days) ? Number(values.days) : Number.NaN;
    if (!(days >= 1 && days <= MAX_TOKEN_DAYS)) return { error: `--days must be a whole number from 1 to ${MAX_TOKEN_DAYS}` };
    const name = values.name?.trim();
    if (values.name !== undefined && !name) return { error: '--name must not be empty' };
    return { kind: 'create', nip: values.nip, scopes, days, ...(name ? { name } : {}) };
  }
  return { error: verb ? `unknown command "${verb}"` : 'a command is required: create, list or revoke' };
}

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) : '-');

const REFUSALS: Record<AdminTokenRefused['reason'], string> = {
  unknown_owner: 'No employee has NIP {nip}.',
  inactive_owner: 'Employee {nip} is not active.',
  not_hr: 'Employee {nip} does not have the HR role; only HR staff hold admin tokens.',
};

/** Runs one command; returns the lines to print and whether it succeeded. */
export async function runAdminTokenCommand(
  db: Database,
  command: AdminTokenCommand,
  now: Date,
  operator = 'operator',
): Promise<{ ok: boolean; lines: string[] }> {
  if (command.kind === 'create') {
    try {
      const created = await db.prisma.$transaction((tx) =>
        createAdminToken(tx, { ownerNip: command.nip, scopes: command.scopes, days: command.days, ...(command.name ? { name: command.name } : {}), now, createdBy: operator }),
      );
      return {
        ok: true,
        lines: [
          `Token ${created.id} "${created.name}" for ${created.ownerName} (${command.nip}), scopes ${created.scopes.join(',')}, expires ${when(created.expiresAt)} UTC:`,
          '',
          `  ${created.token}`,
          '',
          'Shown once: SAPA keeps only its hash. Send it as "Authorization: Bearer <token>".',
        ],
      };
    } catch (error) {
      if (!(error instanceof AdminTokenRefused)) throw error;
      return { ok: false, lines: [REFUSALS[error.reason].replace('{nip}', error.nip)] };
    }
  }
  if (command.kind === 'revoke') {
    const revoked = await db.prisma.$transaction((tx) => revokeAdminToken(tx, { id: command.id, now, revokedBy: operator }));
    return revoked ? { ok: true, lines: [`Token ${command.id} revoked.`] } : { ok: false, lines: [`No active token ${command.id}.`] };
  }
  const tokens = await listAdminTokens(db.prisma);
  if (tokens.length === 0) return { ok: true, lines: ['No tokens.'] };
  const state = (t: (typeof tokens)[number]) =>
    t.revokedAt ? `revoked ${when(t.revokedAt)}` : t.expiresAt && t.expiresAt <= now ? 'expired' : t.owner ? 'active' : 'no owner';
  return {
    ok: true,
    lines: [
      'id  name  owner  scopes  created  expires  last used  state',
      ...tokens.map((t) =>
        [t.id, t.name, t.owner ? `${t.owner.name} (${t.owner.nip})` : '-', t.scopes.join(',') || '-', when(t.createdAt), when(t.expiresAt), when(t.lastUsedAt), state(t)].join('  '),
      ),
    ],
  };
}
