import { AppError } from '../../domain/app-error';
import type { Language } from '../../domain/language';
import type { Tx } from '../../store/database';
import { findEmployees } from '../admin/find-employees';
import { getEmployee } from '../admin/get-employee';
import { chatLabel } from '../identity/chat-label';
import { releaseChat } from '../identity/unlink-chat';
import { createLinkCode, type CreatedLinkCode } from '../link-codes/create-link-code';
import { consoleActor, type ConsolePerson, type ConsoleScope } from './console-access';

/** How many of a person's latest requests and balance moves their page lists. */
const LATEST = 20;

/** The people a console reader may look up: HR everyone, a supervisor their own units. */
export function findPeople(tx: Tx, scope: ConsoleScope, query: { q?: string | undefined; unitCode?: string | undefined; page: number; pageSize: number }) {
  return findEmployees(tx, {
    ...(query.q ? { q: query.q } : {}),
    ...(query.unitCode ? { unitCode: query.unitCode } : {}),
    ...(scope.unitIds ? { unitIds: scope.unitIds } : {}),
    page: query.page,
    pageSize: query.pageSize,
  });
}

/** The employee behind a NIP, if the reader's scope holds them; 'error.not_found' otherwise (a supervisor cannot tell an outsider from nobody). */
async function employeeInScope(tx: Tx, scope: ConsoleScope, nip: string): Promise<{ id: number; name: string; language: string }> {
  const found = await tx.employee.findUnique({ where: { nip }, select: { id: true, name: true, language: true, unitId: true } });
  if (!found || (scope.unitIds && !scope.unitIds.includes(found.unitId))) throw new AppError('error.not_found');
  return found;
}

/**
 * One employee's page: the record and this year's balances (as the admin API
 * gives them), every balance move of the year (the ledger), their latest
 * requests, linked chats (numbers masked) and the months of payslips issued.
 */
export async function personDetail(tx: Tx, scope: ConsoleScope, input: { nip: string; year: number; lang: Language }) {
  const { id } = await employeeInScope(tx, scope, input.nip);
  const [employee, moves, requests, chats, payslips] = await Promise.all([
    getEmployee(tx, { nip: input.nip, year: input.year }),
    tx.leaveBalanceMove.findMany({
      where: { employeeId: id, year: input.year },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: 200,
      select: { id: true, at: true, typeCode: true, kind: true, days: true, reason: true, requestId: true },
    }),
    tx.leaveRequest.findMany({
      where: { employeeId: id, status: { not: 'DRAFT' } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: LATEST,
      select: { id: true, ref: true, typeCode: true, startDate: true, endDate: true, days: true, status: true },
    }),
    tx.chatIdentity.findMany({ where: { employeeId: id, verifiedAt: { not: null } }, orderBy: { id: 'asc' }, select: { id: true, channel: true, externalId: true, phone: true, verifiedAt: true, unreachableAt: true } }),
    tx.payslip.findMany({ where: { employeeId: id }, orderBy: { id: 'desc' }, take: 24, select: { period: { select: { period: true } } } }),
  ]);
  const movedIds = [...new Set(moves.flatMap((m) => (m.requestId ? [m.requestId] : [])))];
  const moved = movedIds.length ? await tx.leaveRequest.findMany({ where: { id: { in: movedIds } }, select: { id: true, ref: true } }) : [];
  const refOf = new Map(moved.map((r) => [r.id, r.ref]));
  return {
    employee,
    moves: moves.map((m) => ({ ...m, ref: m.requestId ? (refOf.get(m.requestId) ?? null) : null })),
    requests,
    chats: chats.map((c) => ({ id: c.id, label: chatLabel(c, input.lang), channel: c.channel, verifiedAt: c.verifiedAt!, unreachable: c.unreachableAt !== null })),
    payslipMonths: payslips.map((p) => p.period.period),
  };
}

/** HR only: a one-time link code for the employee, made in the console and audited with the officer. */
export async function issueLinkCodeFromConsole(tx: Tx, person: ConsolePerson, input: { nip: string; now: Date }): Promise<CreatedLinkCode> {
  if (person.role !== 'HR') throw new AppError('error.not_found');
  return createLinkCode(tx, { nip: input.nip, actor: { name: person.name, audit: consoleActor(person) }, now: input.now });
}

/**
 * HR only: a chat is released from the employee (a lost phone, a number
 * passed on). The chat is told when it can be reached; audited with the
 * officer.
 */
export async function unlinkChatFromConsole(tx: Tx, person: ConsolePerson, input: { nip: string; identityId: number }): Promise<void> {
  if (person.role !== 'HR') throw new AppError('error.not_found');
  const employee = await tx.employee.findUnique({ where: { nip: input.nip }, select: { id: true } });
  if (!employee) throw new AppError('error.not_found');
  await releaseChat(tx, { employeeId: employee.id, identityId: input.identityId, by: consoleActor(person), notice: 'console.people.unlinked_notice', data: { employeeId: employee.id, by: 'hr' } });
}

/** The most cards one unit's sheet makes (each code is hashed with scrypt: tens of milliseconds). */
export const UNIT_CARDS_LIMIT = 200;

/**
 * HR only, for an onboarding day: a fresh link code for every active
 * employee of the unit with no linked chat (earlier unused codes of theirs
 * stop working), each audited; AppError when the unit has more than
 * UNIT_CARDS_LIMIT such people.
 */
export async function issueLinkCodesForUnit(tx: Tx, person: ConsolePerson, input: { unitCode: string; now: Date }): Promise<CreatedLinkCode[]> {
  if (person.role !== 'HR') throw new AppError('error.not_found');
  const unit = await tx.orgUnit.findUnique({ where: { code: input.unitCode }, select: { id: true } });
  if (!unit) throw new AppError('error.not_found');
  const unlinked = await tx.employee.findMany({
    where: { unitId: unit.id, active: true, identities: { none: { verifiedAt: { not: null } } } },
    orderBy: [{ name: 'asc' }, { nip: 'asc' }],
    select: { nip: true },
    take: UNIT_CARDS_LIMIT + 1,
  });
  if (unlinked.length > UNIT_CARDS_LIMIT) throw new AppError('console.people.cards_too_many', { limit: UNIT_CARDS_LIMIT });
  const made: CreatedLinkCode[] = [];
  for (const e of unlinked) made.push(await issueLinkCodeFromConsole(tx, person, { nip: e.nip, now: input.now }));
  return made;
}
