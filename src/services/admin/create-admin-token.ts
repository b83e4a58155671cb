import { randomBytes } from 'node:crypto';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';
import type { AdminScope } from './admin-scopes';
import { hashSecret } from './hash-secret';

export const ADMIN_TOKEN_PREFIX = 'sapa_';
export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 365;
const DAY_MS = 86_400_000;

export interface CreatedAdminToken {
  id: number;
  name: string;
  ownerName: string;
  scopes: AdminScope[];
  expiresAt: Date;
  /** The bearer token: shown once, only its hash is stored. */
  token: string;
}

/** Why a token is not made: the NIP names nobody, or someone inactive or not HR. */
export class AdminTokenRefused extends Error {
  constructor(readonly reason: 'unknown_owner' | 'inactive_owner' | 'not_hr', readonly nip: string) {
    super(`admin token refused for ${nip}: ${reason}`);
    this.name = 'AdminTokenRefused';
  }
}

export interface CreateAdminTokenInput {
  /** The owner: an active employee with the HR role. */
  ownerNip: string;
  scopes: readonly AdminScope[];
  /** Days until it expires (1 to 365). */
  days: number;
  /** A label for the token (e.g. "laptop kantor"); the owner's name when absent. */
  name?: string;
  now: Date;
  /** Who ran the command (the operator's OS user), for the audit row. */
  createdBy: string;
  /** The person who made it in the HR console, for the audit row instead of the command's operator. */
  by?: ActingPerson;
}

/**
 * A new bearer token for an HR staff member. The owner must be active and
 * hold the HR role: the admin API acts as HR (e.g. submits leave on behalf of
 * employees), and what the token does is recorded as done by its owner.
 */
export async function createAdminToken(tx: Tx, input: CreateAdminTokenInput): Promise<CreatedAdminToken> {
  if (input.scopes.length === 0) throw new RangeError('an admin token needs at least one scope');
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_TOKEN_DAYS) throw new RangeError(`days must be 1 to ${MAX_TOKEN_DAYS}`);
  const owner = await tx.employee.findUnique({ where: { nip: input.ownerNip }, select: { id: true, name: true, active: true, role: true } });
  if (!owner) throw new AdminTokenRefused('unknown_owner', input.ownerNip);
  if (!owner.active) throw new AdminTokenRefused('inactive_owner', input.ownerNip);
  if (owner.role !== 'HR') throw new AdminTokenRefused('not_hr', input.ownerNip);
  const name = input.name?.trim() || owner.name;
  const token = `${ADMIN_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(input.now.getTime() + input.days * DAY_MS);
  const scopes = [...input.scopes];
  const row = await tx.adminToken.create({
    data: { name, tokenHash: hashSecret(token), ownerId: owner.id, scopes: scopes.join(','), expiresAt, createdAt: input.now },
    select: { id: true },
  });
  await writeAudit(tx, {
    ...(input.by ?? { actorType: 'SYSTEM', actorName: `admin-token-cli:${input.createdBy}`, channel: 'CLI' }),
    action: 'admin_token.created',
    entity: 'AdminToken',
    entityId: row.id,
    data: { name, ownerId: owner.id, ownerNip: input.ownerNip, scopes, expiresAt: expiresAt.toISOString() },
  });
  return { id: row.id, name, ownerName: owner.name, scopes, expiresAt, token };
}
