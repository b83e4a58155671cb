import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';

/**
 * An employee who leaves the service keeps no way in and nothing half-said:
 * every chat linked to them is unlinked (no longer theirs nor verified), the
 * conversation state of those chats is deleted, and so are files they sent
 * in a conversation but never attached to a request (drafts). Runs in the
 * caller's transaction (the one that deactivates them), one audit row per
 * chat (`identity.unlinked`, reason `deactivated`) and per employee whose
 * draft files were removed (`leave.document_drafts_removed`), naming who deactivated them.
 */
export async function releaseChatsOfDeactivated(
  tx: Tx,
  input: { employeeIds: readonly number[]; by: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'> },
): Promise<{ chats: number; sessions: number; drafts: number }> {
  if (input.employeeIds.length === 0) return { chats: 0, sessions: 0, drafts: 0 };
  const ids = [...input.employeeIds];
  const chats = await tx.chatIdentity.findMany({
    where: { employeeId: { in: ids } },
    select: { id: true, channel: true, externalId: true, altId: true, employeeId: true, verifiedAt: true },
    orderBy: { id: 'asc' },
  });
  let sessions = 0;
  if (chats.length > 0) {
    await tx.chatIdentity.updateMany({
      where: { id: { in: chats.map((c) => c.id) } },
      data: { employeeId: null, verifiedAt: null, failedLinkAttempts: 0, linkPausedUntil: null },
    });
    // A chat's session is keyed by its address; a WhatsApp chat may also be known by its alternative id (LID).
    const addresses = chats.flatMap((c) => [c.externalId, ...(c.altId ? [c.altId] : [])].map((chatId) => ({ channel: c.channel, chatId })));
    sessions = (await tx.conversationSession.deleteMany({ where: { OR: addresses } })).count;
  }
  const drafts = await tx.leaveDocument.groupBy({ by: ['employeeId'], where: { employeeId: { in: ids }, requestId: null }, _count: { _all: true } });
  if (drafts.length > 0) await tx.leaveDocument.deleteMany({ where: { employeeId: { in: ids }, requestId: null } });
  await writeAudit(
    tx,
    ...chats.map((c) => ({
      ...input.by,
      action: 'identity.unlinked',
      entity: 'ChatIdentity',
      entityId: c.id,
      data: { reason: 'deactivated', employeeId: c.employeeId, unlinkedChannel: c.channel, wasVerified: c.verifiedAt !== null },
    })),
    ...drafts.map((d) => ({
      ...input.by,
      action: 'leave.document_drafts_removed',
      entity: 'Employee',
      entityId: d.employeeId,
      data: { reason: 'deactivated', count: d._count._all },
    })),
  );
  return { chats: chats.length, sessions, drafts: drafts.reduce((n, d) => n + d._count._all, 0) };
}
