import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { jakartaDay } from '../../domain/day';
import { toCsv } from '../../services/admin/to-csv';
import { browseAuditLog, exportAuditLog, type ConsoleAuditFilters } from '../../services/console/console-audit';
import type { Database } from '../../store/database';
import { isoDay } from '../admin/query-fields';
import { sessionOf, viewOf } from './console-session-hook';
import { requireHr } from './hr-role';
import { auditPage } from './pages/audit-page';

const PAGE_SIZE = 50;

const auditQuery = z.object({
  action: z.string().trim().max(80).regex(/^[a-z0-9_.*]*$/i).optional(),
  nip: z.string().trim().regex(/^\d{0,18}$/).optional(),
  entity: z.string().trim().max(50).regex(/^[A-Za-z0-9_]*$/).optional(),
  entityId: z.string().trim().max(50).optional(),
  from: isoDay.or(z.literal('')).optional(),
  to: isoDay.or(z.literal('')).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  lang: z.enum(['id', 'en']).optional(),
});

function filtersOf(request: FastifyRequest): { filters: ConsoleAuditFilters; page: number } {
  const q = auditQuery.parse(request.query);
  return {
    filters: { action: q.action || undefined, nip: q.nip || undefined, entity: q.entity || undefined, entityId: q.entityId || undefined, from: q.from || undefined, to: q.to || undefined },
    page: q.page,
  };
}

/**
 * The audit trail in the console (HR only): GET /hr/audit browses it with
 * filters, GET /hr/audit.csv exports the same filters (the export is itself
 * audited). Registered inside the console's signed-in scope.
 */
export function auditSection(signedIn: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  signedIn.get('/hr/audit', async (request, reply) => {
    requireHr(request, 'forbidden.console_audit');
    const { filters, page } = filtersOf(request);
    const found = await deps.db.prisma.$transaction((tx) => browseAuditLog(tx, filters, { page, pageSize: PAGE_SIZE }));
    return reply.type('text/html; charset=utf-8').send(auditPage(viewOf(request), { filters, page, pageSize: PAGE_SIZE, found }).value);
  });

  signedIn.get('/hr/audit.csv', async (request, reply) => {
    requireHr(request, 'forbidden.console_audit');
    const { filters } = filtersOf(request);
    const { items } = await deps.db.prisma.$transaction((tx) => exportAuditLog(tx, sessionOf(request).person, filters));
    const csv = toCsv(
      ['id', 'at', 'actor_type', 'actor_name', 'channel', 'action', 'entity', 'entity_id', 'detail'],
      items.map((r) => [r.id, r.at.toISOString(), r.actorType, r.actorName, r.channel, r.action, r.entity, r.entityId, r.detail]),
    );
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${jakartaDay(deps.clock.now())}.csv"`)
      .send(csv);
  });
}
