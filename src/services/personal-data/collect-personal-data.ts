import type { Config } from '../../config';
import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import type { PersonalDataRecord } from '../../domain/personal-data/personal-data-record';
import type { Tx } from '../../store/database';
import { chatLabel } from '../identity/chat-label';
import { letterheadOf, type PaperworkConfig } from '../paperwork/paperwork-config';

/** The settings the personal-data document is printed with. */
export type PersonalDataConfig = Pick<PaperworkConfig, 'AGENCY_NAME' | 'AGENCY_ADDRESS' | 'AGENCY_PARENT' | 'AGENCY_LOGO_PATH' | 'PUBLIC_URL'> &
  Partial<Pick<Config, 'PRIVACY_CONTACT'>>;

/** How many audit rows the document lists, newest first. */
export const PERSONAL_DATA_AUDIT_ROWS = 50;

/** Who to ask about one's data: PRIVACY_CONTACT, else the agency and its address. */
export function privacyContactOf(config: Pick<PersonalDataConfig, 'AGENCY_NAME' | 'AGENCY_ADDRESS' | 'PRIVACY_CONTACT'>): string {
  return config.PRIVACY_CONTACT ?? `${config.AGENCY_NAME}, ${config.AGENCY_ADDRESS}`;
}

/** The privacy page's address under PUBLIC_URL ("/privacy" when unset). */
export function privacyUrlOf(config: Pick<Config, 'PUBLIC_URL'>): string {
  return `${(config.PUBLIC_URL ?? '').replace(/\/+$/, '')}/privacy`;
}

/**
 * Everything SAPA holds about one employee, read from the employee's own rows
 * only (every query is keyed by their id or by ids of their records): the
 * one place the chat's `data saya` and HR's personal-data route build it.
 * Payslips are listed by month, without amounts: the document is not
 * password-locked like a slip, so it must not carry what the slip's password
 * protects (the employee gets each month's amounts with `slip`).
 * 'error.not_found' when there is no such employee.
 */
export async function collectPersonalData(
  tx: Tx,
  input: { employeeId: number; now: Date; lang: Language; config: PersonalDataConfig },
): Promise<PersonalDataRecord> {
  const employee = await tx.employee.findUnique({
    where: { id: input.employeeId },
    select: {
      nip: true, name: true, kind: true, rank: true, position: true, role: true, serviceStart: true, contractStart: true, contractEnd: true,
      birthDate: true, gender: true, phone: true, email: true, address: true, language: true, active: true,
      unit: { select: { name: true } },
      supervisor: { select: { name: true } },
    },
  });
  if (!employee) throw new AppError('error.not_found');
  const id = input.employeeId;
  const [chats, requests, balances, payslips, profileChanges, documents] = await Promise.all([
    tx.chatIdentity.findMany({
      where: { employeeId: id, verifiedAt: { not: null } },
      select: { id: true, channel: true, externalId: true, phone: true, verifiedAt: true },
      orderBy: { id: 'asc' },
    }),
    tx.leaveRequest.findMany({
      where: { employeeId: id },
      select: { id: true, ref: true, typeCode: true, startDate: true, endDate: true, days: true, status: true, createdAt: true },
      orderBy: { id: 'asc' },
    }),
    tx.leaveBalance.findMany({
      where: { employeeId: id },
      select: { year: true, typeCode: true, entitled: true, carriedOver: true, deferred: true, added: true, used: true, reserved: true },
      orderBy: [{ year: 'asc' }, { typeCode: 'asc' }],
    }),
    tx.payslip.findMany({
      where: { employeeId: id, period: { status: 'PUBLISHED' } },
      select: { id: true, period: { select: { period: true } }, _count: { select: { deliveries: true } } },
      orderBy: { period: { period: 'asc' } },
    }),
    tx.profileChangeRequest.findMany({
      where: { employeeId: id },
      select: { id: true, field: true, newValue: true, status: true, createdAt: true },
      orderBy: { id: 'asc' },
    }),
    tx.leaveDocument.findMany({
      where: { employeeId: id },
      select: { id: true, kind: true, createdAt: true, purgedAt: true, request: { select: { ref: true } } },
      orderBy: { id: 'asc' },
    }),
  ]);
  const ids = (rows: ReadonlyArray<{ id: number }>) => rows.map((r) => String(r.id));
  const audit = await tx.auditLog.findMany({
    where: {
      OR: [
        { entity: 'Employee', entityId: String(id) },
        { entity: 'ChatIdentity', entityId: { in: ids(chats) } },
        { entity: 'LeaveRequest', entityId: { in: ids(requests) } },
        { entity: 'Payslip', entityId: { in: ids(payslips) } },
        { entity: 'ProfileChangeRequest', entityId: { in: ids(profileChanges) } },
        { entity: 'LeaveDocument', entityId: { in: ids(documents) } },
      ],
    },
    select: { at: true, action: true, entity: true, actorType: true, actorName: true },
    orderBy: { id: 'desc' },
    take: PERSONAL_DATA_AUDIT_ROWS,
  });
  return {
    printedAt: input.now,
    letterhead: letterheadOf(input.config),
    contact: privacyContactOf(input.config),
    privacyUrl: privacyUrlOf(input.config),
    profile: {
      nip: employee.nip,
      name: employee.name,
      kind: employee.kind,
      rank: employee.rank,
      position: employee.position,
      unit: employee.unit.name,
      supervisor: employee.supervisor?.name ?? null,
      role: employee.role,
      serviceStart: employee.serviceStart,
      contractStart: employee.contractStart,
      contractEnd: employee.contractEnd,
      birthDate: employee.birthDate,
      gender: employee.gender,
      phone: employee.phone,
      email: employee.email,
      address: employee.address,
      language: employee.language,
      active: employee.active,
    },
    chats: chats.map((c) => ({ label: chatLabel(c, input.lang), linkedAt: c.verifiedAt! })),
    requests: requests.map((r) => ({
      ref: r.ref, typeCode: r.typeCode, start: r.startDate, end: r.endDate, days: r.days, status: r.status, submittedAt: r.createdAt,
    })),
    balances,
    payslips: payslips.map((p) => ({ period: p.period.period, deliveries: p._count.deliveries })),
    profileChanges: profileChanges.map((c) => ({ field: c.field, value: c.newValue, status: c.status, createdAt: c.createdAt })),
    documents: documents.map((d) => ({ ref: d.request?.ref ?? null, kind: d.kind, createdAt: d.createdAt, purged: d.purgedAt !== null })),
    audit: audit.map((a) => ({ at: a.at, action: a.action, entity: a.entity, actor: a.actorType === 'SYSTEM' ? null : a.actorName })),
  };
}
