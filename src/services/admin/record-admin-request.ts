import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { type AdminActor, auditActor } from './admin-actor';

/**
 * Audits an authenticated admin call and, when `touchLastUsed`, records the
 * token's last use. Each is one statement on its own (no interactive
 * transaction): it runs only after the token was found.
 */
export async function recordAdminRequest(
  db: Tx,
  input: { actor: AdminActor; route: string; now: Date; touchLastUsed: boolean },
): Promise<void> {
  await writeAudit(db, {
    ...auditActor(input.actor),
    action: 'admin.request',
    entity: 'AdminApi',
    entityId: input.route,
    data: { tokenId: input.actor.tokenId },
  });
  if (input.touchLastUsed) {
    await db.adminToken.update({ where: { id: input.actor.tokenId }, data: { lastUsedAt: input.now }, select: { id: true } });
  }
}
