import type { Actor } from '../../chat/actor';
import type { ChannelName } from '../../chat/channel-name';
import { AppError } from '../../domain/app-error';
import { translate } from '../../i18n/translate';
import { enqueue } from '../../outbox/enqueue';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { hrChats } from './hr-chats';

export const PROFILE_FIELDS = ['phone', 'address', 'email'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Records an employee's request to change a piece of personal data. Nothing
 * changes on the employee until HR has verified it; HR officers are told.
 */
export async function requestProfileChange(
  tx: Tx,
  input: { actor: Actor; field: ProfileField; value: string; channel: ChannelName },
): Promise<{ id: number; oldValue: string | null }> {
  const employee = await tx.employee.findUniqueOrThrow({
    where: { id: input.actor.employeeId },
    select: { id: true, nip: true, name: true, phone: true, address: true, email: true },
  });
  const oldValue = employee[input.field];
  // One open request per field: the employee row is written first, so two requests at once queue and the second sees the first.
  await tx.employee.update({ where: { id: employee.id }, data: { updatedAt: new Date() }, select: { id: true } });
  const open = await tx.profileChangeRequest.findFirst({ where: { employeeId: employee.id, field: input.field, status: 'PENDING' }, select: { id: true } });
  if (open) throw new AppError('conflict.profile_change_open', { id: open.id });
  const request = await tx.profileChangeRequest.create({
    data: { employeeId: employee.id, field: input.field, oldValue, newValue: input.value, channel: input.channel },
    select: { id: true },
  });
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: employee.id,
    actorName: employee.name,
    channel: input.channel,
    action: 'profile.change_requested',
    entity: 'ProfileChangeRequest',
    entityId: request.id,
    data: { field: input.field },
  });
  const officers = await hrChats(tx);
  await enqueue(
    tx,
    officers.map((o) => ({
      channel: o.channel,
      chatId: o.chatId,
      purpose: 'notice',
      message: {
        kind: 'text' as const,
        text: translate(o.language, 'profile.hr_notice', {
          name: employee.name,
          nip: employee.nip,
          field: translate(o.language, `profile.field.${input.field}`),
          id: request.id,
          menu: translate(o.language, 'menu.hr_profile_review'),
        }),
      },
    })),
  );
  return { id: request.id, oldValue };
}
