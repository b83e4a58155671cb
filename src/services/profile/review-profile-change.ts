import { AppError } from '../../domain/app-error';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';
import { notifyEmployees } from '../notify/notify-employees';
import { getProfileChange, type ProfileChangeView } from './profile-change-view';
import { relinkWhatsapp } from './relink-whatsapp';
import { PROFILE_FIELDS, type ProfileField } from './request-profile-change';

export interface ReviewInput {
  id: number;
  approve: boolean;
  /** Required to reject: the employee reads it. */
  note?: string | null;
  by: ActingPerson;
}

export interface ReviewResult {
  request: ProfileChangeView;
  whatsapp?: { unlinked: number[]; linked: number | null };
}

const isField = (value: string): value is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(value);

/**
 * HR's answer to a profile-change request. Approving writes the new value on
 * the employee (the value it replaces kept in the audit row and on the
 * request), and for a phone number re-links WhatsApp (relinkWhatsapp);
 * rejecting needs a note. Either way the employee is told. A request already
 * reviewed answers 409 (two officers at once: one wins).
 */
export async function reviewProfileChange(tx: Tx, now: Date, input: ReviewInput): Promise<ReviewResult> {
  const note = input.note?.trim() || null;
  if (!input.approve && !note) throw new AppError('profile.note_required');
  const found = await tx.profileChangeRequest.findUnique({ where: { id: input.id }, select: { id: true, employeeId: true, field: true, newValue: true, status: true } });
  if (!found || !isField(found.field)) throw new AppError('profile.not_found');
  const employee = await tx.employee.findUniqueOrThrow({ where: { id: found.employeeId }, select: { phone: true, address: true, email: true } });
  const current = employee[found.field];
  const { count } = await tx.profileChangeRequest.updateMany({
    where: { id: found.id, status: 'PENDING' },
    data: { status: input.approve ? 'APPROVED' : 'REJECTED', reviewedBy: input.by.actorName ?? 'HR', reviewedAt: now, note, ...(input.approve ? { oldValue: current } : {}) },
  });
  if (count !== 1) throw new AppError('conflict.profile_change_reviewed');
  let whatsapp: ReviewResult['whatsapp'];
  if (input.approve) {
    await tx.employee.update({ where: { id: found.employeeId }, data: { [found.field]: found.newValue }, select: { id: true } });
    if (found.field === 'phone') whatsapp = await relinkWhatsapp(tx, { employeeId: found.employeeId, oldPhone: current, newPhone: found.newValue, now, by: input.by });
  }
  await writeAudit(tx, {
    ...input.by, action: input.approve ? 'profile.change_approved' : 'profile.change_rejected', entity: 'ProfileChangeRequest', entityId: found.id,
    data: { employeeId: found.employeeId, field: found.field, oldValue: current, newValue: found.newValue, note, ...(whatsapp ? { whatsapp } : {}) },
  });
  await notifyEmployees(tx, [{
    employeeId: found.employeeId,
    prefer: 'WHATSAPP', purpose: 'notice',
    dedupeKey: `profile.reviewed:${found.id}`,
    build: (lang) => [{
      kind: 'text',
      text: input.approve
        ? translate(lang, 'profile.approved', { id: found.id, field: translate(lang, `profile.field.${found.field}`), value: found.newValue })
        : translate(lang, 'profile.rejected', { id: found.id, field: translate(lang, `profile.field.${found.field}`), note: note ?? '' }),
    }],
  }]);
  return { request: (await getProfileChange(tx, found.id))!, ...(whatsapp ? { whatsapp } : {}) };
}
