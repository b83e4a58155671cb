import { AppError } from '../../domain/app-error';
import { ANY_LEAVE_TYPE, isLeaveTypeCode } from '../../domain/leave';
import type { Tx } from '../../store/database';
import { writeAudit } from '../audit';
import type { ActingPerson } from '../delegations/delegation-view';

export interface UnitOfficialView {
  type: string;
  official: { nip: string; name: string };
  updatedBy: string;
  updatedAt: Date;
}

async function unitId(tx: Tx, code: string): Promise<number> {
  const unit = await tx.orgUnit.findUnique({ where: { code }, select: { id: true } });
  if (!unit) throw new AppError('error.not_found');
  return unit.id;
}

/** The officials a unit names itself (its children inherit them; a unit with none inherits its parent's). */
export async function listUnitOfficials(tx: Tx, code: string): Promise<UnitOfficialView[]> {
  const rows = await tx.unitOfficial.findMany({
    where: { unitId: await unitId(tx, code) },
    select: { typeCode: true, updatedBy: true, updatedAt: true, official: { select: { nip: true, name: true } } },
    orderBy: { typeCode: 'asc' },
  });
  return rows.map((r) => ({ type: r.typeCode, official: r.official, updatedBy: r.updatedBy, updatedAt: r.updatedAt }));
}

/**
 * Sets (or with a null NIP removes) a unit's authorized official per leave
 * type ("*": every type without its own). Each change is audited with the
 * official it replaces. Unknown types or people, or inactive ones, are refused.
 */
export async function setUnitOfficials(
  tx: Tx,
  input: { code: string; officials: ReadonlyArray<{ type: string; nip: string | null }>; by: ActingPerson },
): Promise<UnitOfficialView[]> {
  const id = await unitId(tx, input.code);
  for (const { type, nip } of input.officials) {
    if (type !== ANY_LEAVE_TYPE && !isLeaveTypeCode(type)) throw new AppError('settings.unknown_leave_type', { type });
    const before = await tx.unitOfficial.findUnique({ where: { unitId_typeCode: { unitId: id, typeCode: type } }, select: { official: { select: { nip: true } } } });
    if (nip === null) {
      await tx.unitOfficial.deleteMany({ where: { unitId: id, typeCode: type } });
    } else {
      const official = await tx.employee.findUnique({ where: { nip }, select: { id: true, active: true } });
      if (!official?.active) throw new AppError('settings.unknown_official', { nip });
      const updatedBy = input.by.actorName ?? 'HR';
      await tx.unitOfficial.upsert({
        where: { unitId_typeCode: { unitId: id, typeCode: type } },
        create: { unitId: id, typeCode: type, officialId: official.id, updatedBy },
        update: { officialId: official.id, updatedBy },
      });
    }
    await writeAudit(tx, {
      ...input.by, action: 'settings.unit_official_set', entity: 'OrgUnit', entityId: input.code,
      data: { type, official: nip, previous: before?.official.nip ?? null },
    });
  }
  return listUnitOfficials(tx, input.code);
}
