import type { ChannelName } from '../../conversation/messages';
import type { Language } from '../../domain/format';
import type { Tx } from '../../store/database';

const PREFERENCE: Record<ChannelName, number> = { TELEGRAM: 0, WHATSAPP: 1, LOCAL: 2 };

/** One verified, reachable chat per active HR officer, Telegram first. */
export async function hrChats(tx: Tx): Promise<Array<{ employeeId: number; channel: ChannelName; chatId: string; language: Language }>> {
  const officers = await tx.employee.findMany({
    where: { role: 'HR', active: true },
    select: {
      id: true,
      language: true,
      identities: { where: { verifiedAt: { not: null }, unreachableAt: null }, select: { channel: true, externalId: true } },
    },
  });
  return officers.flatMap((o) => {
    const best = [...o.identities].sort((a, b) => PREFERENCE[a.channel] - PREFERENCE[b.channel])[0];
    return best ? [{ employeeId: o.id, channel: best.channel, chatId: best.externalId, language: o.language as Language }] : [];
  });
}
