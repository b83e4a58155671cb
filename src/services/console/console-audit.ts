import { addDays, type IsoDay } from '../../domain/day';
import { writeAudit } from '../audit';
import { queryAuditLog } from '../admin/query-audit-log';
import type { Tx } from '../../store/database';
import { consoleActor, type ConsolePerson } from './console-access';

/** The console's audit filters, as an HR officer types them. */
export interface ConsoleAuditFilters {
  /** An action or the start of one: "leave" finds leave.submitted, leave.cancelled, ... */
  action?: string | undefined;
  /** The NIP of the employee who acted. */
  nip?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Days in Asia/Jakarta, both included. */
  from?: IsoDay | undefined;
  to?: IsoDay | undefined;
}

export interface AuditLine {
  id: number;
  at: Date;
  actorType: string;
  actorName: string | null;
  channel: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** The row's detail as compact JSON (empty when none). */
  detail: string;
}

export interface AuditPage {
  total: number;
  totalCapped: boolean;
  items: AuditLine[];
}

/** The first instant of a Jakarta day. */
function startOf(day: IsoDay): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

function lineOf(row: { id: number; at: Date; actorType: string; actorName: string | null; channel: string | null; action: string; entity: string; entityId: string | null; data: unknown }): AuditLine {
  return { id: row.id, at: row.at, actorType: row.actorType, actorName: row.actorName, channel: row.channel, action: row.action, entity: row.entity, entityId: row.entityId, detail: row.data == null ? '' : JSON.stringify(row.data) };
}

/** A NIP is looked up first and filters on the actor's id (the actorId index); a NIP that names nobody finds nothing (not everything). */
async function queryOf(tx: Tx, filters: ConsoleAuditFilters) {
  let actorId: number | undefined;
  if (filters.nip) {
    const employee = await tx.employee.findUnique({ where: { nip: filters.nip }, select: { id: true } });
    if (!employee) return null;
    actorId = employee.id;
  }
  const action = filters.action ? (filters.action.endsWith('*') ? filters.action : `${filters.action}*`) : undefined;
  return {
    ...(action ? { action } : {}),
    ...(actorId !== undefined ? { actorId, actorType: 'EMPLOYEE' as const } : {}),
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.from ? { from: startOf(filters.from) } : {}),
    ...(filters.to ? { to: startOf(addDays(filters.to, 1)) } : {}),
  };
}

/** One page of the audit trail, newest first, with the matching rows counted up to AUDIT_COUNT_LIMIT (`totalCapped`: more). */
export async function browseAuditLog(tx: Tx, filters: ConsoleAuditFilters, paging: { page: number; pageSize: number }): Promise<AuditPage> {
  const query = await queryOf(tx, filters);
  if (!query) return { total: 0, totalCapped: false, items: [] };
  const found = await queryAuditLog(tx, { ...query, ...paging });
  return { total: found.total, totalCapped: found.totalCapped, items: found.items.map(lineOf) };
}

/** The most rows one export holds; a wider export is narrowed by dates. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/**
 * Every matching row (newest first, at most AUDIT_EXPORT_LIMIT) for a CSV
 * export; the export itself is recorded, with its filters and row count.
 */
export async function exportAuditLog(tx: Tx, person: ConsolePerson, filters: ConsoleAuditFilters): Promise<{ items: AuditLine[]; truncated: boolean }> {
  const query = await queryOf(tx, filters);
  const found = query ? await queryAuditLog(tx, { ...query, page: 1, pageSize: AUDIT_EXPORT_LIMIT + 1 }) : { total: 0, items: [] };
  const items = found.items.slice(0, AUDIT_EXPORT_LIMIT).map(lineOf);
  await writeAudit(tx, { ...consoleActor(person), action: 'audit.exported', entity: 'AuditLog', data: { filters: { ...filters }, rows: items.length } });
  return { items, truncated: found.items.length > AUDIT_EXPORT_LIMIT };
}
