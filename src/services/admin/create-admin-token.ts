import { randomBytes } from 'node:crypto';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { hashSecret } from './hash-secret';

export const ADMIN_TOKEN_PREFIX = 'sapa_';

export interface CreatedAdminToken {
  id: number;
  name: string;
  /** The bearer token: shown once, only its hash is stored. */
  token: string;
}

/** A new bearer token for an HR staff member. */
export async function createAdminToken(tx: Tx, input: { name: string; now: Date }): Promise<CreatedAdminToken> {
  const name = input.name.trim();
  if (name === '') throw new RangeError('an admin token needs the staff member\'s name');
  const token = `${ADMIN_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await tx.adminToken.create({
    data: { name, tokenHash: hashSecret(token), createdAt: input.now },
    select: { id: true, name: true },
  });
  await writeAudit(tx, {
    actorType: 'SYSTEM',
    actorName: 'admin-token-cli',
    action: 'admin_token.created',
    entity: 'AdminToken',
    entityId: row.id,
    data: { name },
  });
  return { ...row, token };
}
