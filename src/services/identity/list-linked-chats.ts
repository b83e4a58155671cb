import type { ChannelName } from '../../chat/channel-name';
import type { Tx } from '../../store/database';

export interface LinkedChat {
  identityId: number;
  channel: ChannelName;
  externalId: string;
  phone: string | null;
  verifiedAt: Date;
}

/** The employee's verified chats, oldest link first. */
export async function listLinkedChats(tx: Tx, employeeId: number): Promise<LinkedChat[]> {
  const rows = await tx.chatIdentity.findMany({
    where: { employeeId, verifiedAt: { not: null } },
    select: { id: true, channel: true, externalId: true, phone: true, verifiedAt: true },
    orderBy: [{ verifiedAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({ identityId: r.id, channel: r.channel, externalId: r.externalId, phone: r.phone, verifiedAt: r.verifiedAt! }));
}
