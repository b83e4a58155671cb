import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { type AdminActor, auditActor } from '../admin/admin-actor';
import { type AuditEntry, writeAudit } from '../audit';
import { resetEmployeeLinking } from '../identity/employee-link-guard';
import { hashOneTimeCode, linkCodeLookup } from '../identity/one-time-code-hash';
import { LINK_CODE_PURPOSE, LINK_CODE_TTL_MS, randomLinkCode } from './link-code-format';

export interface CreatedLinkCode {
  /** Shown once to HR: only a salted hash is stored. */
  code: string;
  expiresAt: Date;
  employee: { id: number; nip: string; name: string };
}

/** Who makes a code: an HR officer through the admin API (their token) or signed in to the console (their audit actor). */
export type LinkCodeIssuer = AdminActor | { name: string; audit: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'> };

const issuerAudit = (issuer: LinkCodeIssuer) => ('tokenId' in issuer ? auditActor(issuer) : issuer.audit);

/**
 * A one-time code for an active employee to link a chat (valid 72 hours,
 * single use; only a salted hash is kept, wiped once the code is used or
 * replaced). Earlier unused codes of the employee stop working, and the
 * employee's linking failure budget starts afresh (a closed NIP path opens).
 */
export async function createLinkCode(tx: Tx, input: { nip: string; actor: LinkCodeIssuer; now: Date }): Promise<CreatedLinkCode> {
  const employee = await tx.employee.findUnique({ where: { nip: input.nip }, select: { id: true, nip: true, name: true, active: true } });
  if (!employee) throw new AppError('error.not_found');
  if (!employee.active) throw new AppError('admin.employee_inactive', { nip: employee.nip });
  await tx.linkCode.updateMany({
    where: { employeeId: employee.id, purpose: LINK_CODE_PURPOSE, usedAt: null, expiresAt: { gt: input.now } },
    data: { expiresAt: input.now, codeHash: null, lookup: null },
  });
  await resetEmployeeLinking(tx, employee.id, input.now);
  const code = randomLinkCode();
  const expiresAt = new Date(input.now.getTime() + LINK_CODE_TTL_MS);
  const row = await tx.linkCode.create({
    data: { codeHash: await hashOneTimeCode(code), lookup: linkCodeLookup(code), employeeId: employee.id, purpose: LINK_CODE_PURPOSE, expiresAt, createdBy: input.actor.name, createdAt: input.now },
    select: { id: true },
  });
  await writeAudit(tx, {
    ...issuerAudit(input.actor),
    action: 'link_code.created',
    entity: 'LinkCode',
    entityId: row.id,
    data: { employeeId: employee.id, expiresAt: expiresAt.toISOString() },
  });
  return { code, expiresAt, employee: { id: employee.id, nip: employee.nip, name: employee.name } };
}
