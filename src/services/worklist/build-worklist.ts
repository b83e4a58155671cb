import { escalationTarget, missingDocument } from '../../domain/leave';
import { TYPES_WITH_DOCUMENTS } from '../../domain/leave/required-document';
import type { Tx } from '../../store/database';
import { readStoredDetail } from '../leave/internal/stored-detail';
import { listProfileChanges } from '../profile/profile-change-view';
import { agencyOfUnits } from './agency-of';
import type { FailedDelivery, MissingDocument, StrandedEscalation, UnlinkedByAgency, Worklist } from './worklist-types';

export type { Worklist } from './worklist-types';

const person = { name: true, nip: true, unit: { select: { name: true } } } as const;
const requestFacts = { ref: true, typeCode: true, startDate: true, endDate: true, createdAt: true, employeeId: true, employee: { select: person } } as const;

type Units = Array<{ id: number; parentId: number | null; headId: number | null; name: string; code: string }>;

/** Escalated steps still waiting whose approver has nobody above them (the escalation job could hand them to no one). */
async function strandedEscalations(tx: Tx, units: Units): Promise<StrandedEscalation[]> {
  const steps = await tx.approvalStep.findMany({
    where: { status: 'PENDING', escalatedAt: { not: null }, request: { status: 'PENDING' } },
    select: {
      order: true, escalatedAt: true, approverId: true,
      approver: { select: { name: true, supervisorId: true, unitId: true } },
      request: { select: { ...requestFacts, currentStep: true } },
    },
    orderBy: { escalatedAt: 'asc' },
  });
  return steps
    .filter((s) => s.request.currentStep === s.order && escalationTarget({ id: s.approverId, ...s.approver }, units, s.request.employeeId) === null)
    .map(({ request: r, approver, escalatedAt }) => ({
      ref: r.ref, name: r.employee.name, nip: r.employee.nip, unit: r.employee.unit.name, typeCode: r.typeCode,
      start: r.startDate, end: r.endDate, approver: approver.name, escalatedAt: escalatedAt!,
    }));
}

async function missingDocuments(tx: Tx): Promise<MissingDocument[]> {
  const rows = await tx.leaveRequest.findMany({
    where: { status: 'PENDING', typeCode: { in: [...TYPES_WITH_DOCUMENTS] }, documents: { none: {} } },
    select: { ...requestFacts, detail: true },
    orderBy: { id: 'asc' },
  });
  return rows.flatMap((r) => {
    const document = missingDocument(readStoredDetail(r.detail).requiredDocument, 0);
    return document === null ? [] : [{
      ref: r.ref, name: r.employee.name, nip: r.employee.nip, unit: r.employee.unit.name, typeCode: r.typeCode,
      start: r.startDate, end: r.endDate, document, submittedAt: r.createdAt,
    }];
  });
}

async function failedDeliveries(tx: Tx, limit: number): Promise<{ total: number; items: FailedDelivery[] }> {
  const total = await tx.outboxMessage.count({ where: { status: 'DEAD' } });
  const dead = await tx.outboxMessage.findMany({
    where: { status: 'DEAD' }, orderBy: { id: 'desc' }, take: limit,
    select: { id: true, channel: true, chatId: true, ref: true, payload: true, lastError: true, createdAt: true },
  });
  const identities = dead.length === 0 ? [] : await tx.chatIdentity.findMany({
    where: { OR: dead.map((m) => ({ channel: m.channel, externalId: m.chatId })) },
    select: { channel: true, externalId: true, employee: { select: { name: true, nip: true } } },
  });
  const who = new Map(identities.map((i) => [`${i.channel}:${i.externalId}`, i.employee]));
  const items = dead.map((m): FailedDelivery => {
    const kind = (m.payload as { kind?: unknown } | null)?.kind;
    const employee = who.get(`${m.channel}:${m.chatId}`) ?? null;
    return {
      id: m.id, what: m.ref !== null ? 'card' : kind === 'document' ? 'payslip' : 'message', channel: m.channel,
      name: employee?.name ?? null, nip: employee?.nip ?? null, error: m.lastError ?? '', createdAt: m.createdAt,
    };
  });
  return { total, items };
}

/** Active employees with no verified chat, counted per agency (most unlinked first). */
async function unlinkedByAgency(tx: Tx, units: Units): Promise<UnlinkedByAgency[]> {
  const withOfficials = new Set((await tx.unitOfficial.findMany({ select: { unitId: true }, distinct: ['unitId'] })).map((o) => o.unitId));
  const agencyOf = agencyOfUnits(units, withOfficials);
  const [all, unlinked] = await Promise.all([
    tx.employee.groupBy({ by: ['unitId'], where: { active: true }, _count: { _all: true } }),
    tx.employee.groupBy({ by: ['unitId'], where: { active: true, identities: { none: { verifiedAt: { not: null } } } }, _count: { _all: true } }),
  ]);
  const byAgency = new Map<number, { employees: number; unlinked: number }>();
  const add = (unitId: number, field: 'employees' | 'unlinked', n: number) => {
    const agency = agencyOf.get(unitId) ?? unitId;
    const entry = byAgency.get(agency) ?? { employees: 0, unlinked: 0 };
    entry[field] += n;
    byAgency.set(agency, entry);
  };
  for (const row of all) add(row.unitId, 'employees', row._count._all);
  for (const row of unlinked) add(row.unitId, 'unlinked', row._count._all);
  const unit = new Map(units.map((u) => [u.id, u]));
  return [...byAgency]
    .filter(([, counts]) => counts.unlinked > 0)
    .map(([id, counts]) => ({ agency: unit.get(id)?.code ?? String(id), agencyName: unit.get(id)?.name ?? '', ...counts }))
    .sort((a, b) => b.unlinked - a.unlinked || a.agency.localeCompare(b.agency));
}

const capped = <T>(items: T[], limit: number) => ({ total: items.length, items: items.slice(0, limit) });

/**
 * HR's worklist: escalations nobody above can take, requests missing their
 * documents, profile changes to review, messages SAPA could not deliver, and
 * employees not yet linked per agency. A handful of queries (no per-row
 * lookups), so it stays fast for 10,000 employees.
 */
export async function buildWorklist(tx: Tx, options: { limit?: number } = {}): Promise<Worklist> {
  const limit = options.limit ?? 100;
  const units = await tx.orgUnit.findMany({ select: { id: true, parentId: true, headId: true, name: true, code: true } });
  const escalations = await strandedEscalations(tx, units);
  const documents = await missingDocuments(tx);
  const profileTotal = await tx.profileChangeRequest.count({ where: { status: 'PENDING' } });
  const profiles = await listProfileChanges(tx, { limit });
  const failed = await failedDeliveries(tx, limit);
  const byAgency = await unlinkedByAgency(tx, units);
  return {
    escalations: capped(escalations, limit),
    missingDocuments: capped(documents, limit),
    profileChanges: { total: profileTotal, items: profiles },
    failedDeliveries: failed,
    unlinked: { total: byAgency.reduce((sum, a) => sum + a.unlinked, 0), byAgency },
  };
}
