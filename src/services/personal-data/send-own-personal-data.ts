import type { Actor } from '../../chat/actor';
import type { OutboundMessage } from '../../chat/outbound-message';
import { AppError } from '../../domain/app-error';
import { formatPrintTime } from '../../domain/format-print-time';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import { PERSONAL_DATA_MIME_TYPE, personalDataFileName } from './render-personal-data';

/**
 * `data saya`: the document of what SAPA holds about the chat's employee, as
 * the message that carries it (rendered when the outbox sends it, so no copy
 * is stored). Only to a chat verified as theirs, and only while they are
 * active; audited (`personal_data.sent`). AppError('privacy.mine.forbidden') otherwise.
 */
export async function sendOwnPersonalData(
  tx: Tx,
  input: { actor: Actor; identityId: number; lang: Language; now: Date },
): Promise<OutboundMessage> {
  const identity = await tx.chatIdentity.findUnique({
    where: { id: input.identityId },
    select: { verifiedAt: true, channel: true, employeeId: true, employee: { select: { active: true } } },
  });
  if (!identity?.verifiedAt || identity.employeeId !== input.actor.employeeId || !identity.employee?.active) {
    throw new AppError('privacy.mine.forbidden');
  }
  await writeAudit(tx, {
    actorType: 'EMPLOYEE',
    actorId: input.actor.employeeId,
    actorName: input.actor.name,
    channel: identity.channel,
    action: 'personal_data.sent',
    entity: 'Employee',
    entityId: input.actor.employeeId,
    data: { identityId: input.identityId },
  });
  return {
    kind: 'document',
    fileName: personalDataFileName(input.now),
    mimeType: PERSONAL_DATA_MIME_TYPE,
    caption: translate(input.lang, 'privacy.mine.caption', { when: formatPrintTime(input.now, input.lang) }),
    source: { type: 'personalData', employeeId: input.actor.employeeId, lang: input.lang },
  };
}
