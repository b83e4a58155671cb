import { z } from 'zod';
import { asJson, type Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';

/** PolicyValue key of the city's rule for publishing a payroll run. */
export const PAYROLL_PUBLISH_KEY = 'payroll.publish';

/** secondOfficer: a run is published only when a second, different HR officer confirms the first one's request. */
export const payrollPublishRuleSchema = z.strictObject({ secondOfficer: z.boolean().default(false) });

export type PayrollPublishRule = z.output<typeof payrollPublishRuleSchema>;

/** The stored rule (one officer publishes alone when none is stored, or when it no longer parses). */
export async function loadPayrollPublishRule(tx: Tx): Promise<PayrollPublishRule> {
  const row = await tx.policyValue.findUnique({ where: { key: PAYROLL_PUBLISH_KEY }, select: { value: true } });
  const parsed = payrollPublishRuleSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : { secondOfficer: false };
}

/** Saves the rule; audited with the previous value. */
export async function savePayrollPublishRule(tx: Tx, input: { rule: PayrollPublishRule; by: ActingPerson }): Promise<PayrollPublishRule> {
  const previous = await loadPayrollPublishRule(tx);
  const updatedBy = input.by.actorName ?? 'HR';
  await tx.policyValue.upsert({
    where: { key: PAYROLL_PUBLISH_KEY },
    create: { key: PAYROLL_PUBLISH_KEY, value: asJson(input.rule), updatedBy },
    update: { value: asJson(input.rule), updatedBy },
  });
  await writeAudit(tx, { ...input.by, action: 'settings.payroll_publish_saved', entity: 'PolicyValue', entityId: PAYROLL_PUBLISH_KEY, data: { previous, next: input.rule } });
  return input.rule;
}
