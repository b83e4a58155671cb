import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { PayrollActor } from './payroll-actor';

export interface PendingRun {
  id: number;
  revision: number;
  publishRequestedById: number | null;
  publishRequestedBy: string | null;
}

export type SecondOfficerStep = { step: 'requested' } | { step: 'confirmed'; requestedBy: string };

/**
 * The two-officer rule for one unpublished run: the first HR officer's call
 * records the request (audited) and publishes nothing; a call by a second,
 * different officer confirms it. The same officer again is refused, and so is
 * an actor who is no person (the CLI), since it cannot be told apart.
 * Throws AppError('payslip.publish.person_required') and AppError('conflict.payroll_same_officer').
 */
export async function secondOfficerStep(tx: Tx, run: PendingRun, input: { actor: PayrollActor; runName: string; now: Date }): Promise<SecondOfficerStep> {
  const officerId = input.actor.actorId;
  if (officerId === undefined || officerId === null) throw new AppError('payslip.publish.person_required', { period: input.runName });
  if (run.publishRequestedById === null) {
    await tx.payrollPeriod.update({
      where: { id: run.id },
      data: { publishRequestedAt: input.now, publishRequestedBy: input.actor.actorName, publishRequestedById: officerId },
      select: { id: true },
    });
    await writeAudit(tx, { ...input.actor, action: 'payroll.publish_requested', entity: 'PayrollPeriod', entityId: input.runName, data: { revision: run.revision } });
    return { step: 'requested' };
  }
  if (run.publishRequestedById === officerId) {
    throw new AppError('conflict.payroll_same_officer', { period: input.runName, name: run.publishRequestedBy ?? input.actor.actorName });
  }
  return { step: 'confirmed', requestedBy: run.publishRequestedBy ?? '' };
}
