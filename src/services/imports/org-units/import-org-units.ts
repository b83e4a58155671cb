import type { Database, Tx } from '../../../store/database';
import type { ImportOptions, ImportOutcome } from '../import-types';
import { type ImportJob, runImport } from '../run-import';
import { orgUnitColumns, orgUnitRowSchema } from './org-unit-row';
import { loadOrgUnitState, type OrgUnitState } from './org-unit-state';
import { type OrgUnitPlan, planOrgUnits } from './plan-org-units';

/**
 * New units first (so parents exist), then heads cleared where they move
 * (a head is unique, so a swap would collide), then every changed unit set.
 */
async function applyOrgUnits(tx: Tx, plan: OrgUnitPlan, state: OrgUnitState): Promise<void> {
  if (plan.creates.length > 0) {
    await tx.orgUnit.createMany({ data: plan.creates.map((u) => ({ code: u.code, name: u.name, hardToReach: u.hardToReach })) });
  }
  const ids = new Map((await tx.orgUnit.findMany({ select: { id: true, code: true } })).map((u) => [u.code, u.id]));
  const changed = [...plan.creates, ...plan.updates];
  const movingHeads = changed.filter((u) => u.headId !== (state.byCode.get(u.code)?.headId ?? null)).map((u) => ids.get(u.code)!);
  if (movingHeads.length > 0) await tx.orgUnit.updateMany({ where: { id: { in: movingHeads } }, data: { headId: null } });
  for (const unit of changed) {
    await tx.orgUnit.update({
      where: { code: unit.code },
      data: {
        name: unit.name,
        hardToReach: unit.hardToReach,
        parentId: unit.parentCode === null ? null : ids.get(unit.parentCode)!,
        headId: unit.headId,
      },
      select: { id: true },
    });
  }
  for (const { code, officialId } of plan.officials) {
    const unitId = ids.get(code)!;
    if (officialId === null) await tx.unitOfficial.deleteMany({ where: { unitId, typeCode: '*' } });
    else {
      await tx.unitOfficial.upsert({
        where: { unitId_typeCode: { unitId, typeCode: '*' } },
        create: { unitId, typeCode: '*', officialId, updatedBy: 'import' },
        update: { officialId, updatedBy: 'import' },
      });
    }
  }
}

export const orgUnitsImport: ImportJob<typeof orgUnitRowSchema, OrgUnitState, OrgUnitPlan> = {
  kind: 'org_units',
  columns: orgUnitColumns,
  schema: orgUnitRowSchema,
  load: loadOrgUnitState,
  plan: planOrgUnits,
  apply: applyOrgUnits,
};

/** Creates and updates organisation units from CSV text or JSON rows, all or nothing. */
export function importOrgUnits(db: Database, body: unknown, options: ImportOptions): Promise<ImportOutcome> {
  return runImport(db, orgUnitsImport, body, options);
}
