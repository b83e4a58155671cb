import type { ChannelName } from '../../chat/channel-name';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';

export interface PayslipRecipient {
  employeeId: number;
  channel: ChannelName;
  chatId: string;
  lang: Language;
}

/**
 * One chat per active employee with a slip in the period: their verified
 * identity that the channel has not reported unreachable (the latest
 * verified when they have several). The chat id of an identity is its
 * external id (a private chat).
 */
export async function payslipRecipients(tx: Tx, periodId: number): Promise<PayslipRecipient[]> {
  const identities = await tx.chatIdentity.findMany({
    where: {
      verifiedAt: { not: null },
      unreachableAt: null,
      employee: { is: { active: true, payslips: { some: { periodId } } } },
    },
    select: { id: true, channel: true, externalId: true, employeeId: true, employee: { select: { language: true } } },
    orderBy: [{ verifiedAt: 'desc' }, { id: 'desc' }],
  });
  const byEmployee = new Map<number, PayslipRecipient>();
  for (const identity of identities) {
    if (identity.employeeId === null || byEmployee.has(identity.employeeId)) continue;
    byEmployee.set(identity.employeeId, {
      employeeId: identity.employeeId,
      channel: identity.channel,
      chatId: identity.externalId,
      lang: identity.employee?.language === 'en' ? 'en' : 'id',
    });
  }
  return [...byEmployee.values()];
}
