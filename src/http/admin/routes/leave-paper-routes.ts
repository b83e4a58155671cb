import { Readable } from 'node:stream';
import { z } from 'zod';
import { AppError } from '../../../domain/app-error';
import { zipStream } from '../../../documents/zip-stream';
import { auditActor } from '../../../services/admin/admin-actor';
import { findLeaveRequestId } from '../../../services/leave/find-leave-request-id';
import { findArchiveLetters, letterArchiveEntries, ARCHIVE_MAX_LETTERS } from '../../../services/paperwork/letter-archive';
import { renderLeavePaper } from '../../../services/paperwork/resolve-leave-paper';
import { type PaperKind, takeRequestPaper } from '../../../services/paperwork/take-request-paper';
import type { AdminDeps } from '../admin-deps';
import { contentDisposition } from '../../content-disposition';
import { type AdminRoute, defineRoute } from '../define-route';
import { isoMonth } from '../query-fields';
import { refParams } from './leave-request-routes';

const lang = z.enum(['id', 'en']).default('id').describe('language of the printed text (default Indonesian)');

/** The leave form and the Surat Izin Cuti of a request as PDF, and a month's letters of an agency as one ZIP. */
export function leavePaperRoutes({ db, clock, paperwork }: AdminDeps): AdminRoute[] {
  const paperRoute = (kind: PaperKind, url: string, summary: string, description: string) =>
    defineRoute({
      method: 'GET',
      url,
      scope: 'read',
      tag: 'leave',
      summary,
      description,
      params: refParams,
      query: z.object({ lang }),
      produces: 'application/pdf',
      handler: async ({ params, query, actor, reply }) => {
        const now = clock.now();
        const taken = await db.prisma.$transaction(async (tx) => {
          const requestId = await findLeaveRequestId(tx, params.ref);
          return takeRequestPaper(tx, { requestId, kind, readerId: actor.employeeId, auditAs: auditActor(actor), now });
        });
        if (taken instanceof AppError) throw taken;
        const pdf = await renderLeavePaper(db.prisma, paperwork, taken.paper.id, now, query.lang);
        void reply.type('application/pdf').header('content-disposition', contentDisposition(pdf.fileName));
        return reply.send(pdf.content);
      },
    });
  return [
    paperRoute(
      'FORM',
      '/leave-requests/:ref/form.pdf',
      'The request\'s leave form (Peraturan BKN 24/2017 Anak Lampiran I.b) as PDF',
      'The form as the request stands now: printed again with a new verification code when the request changed since the last print (the older code then verifies as superseded). Every read is audited (leave.paper_read). 404 for cuti bersama, which has no form.',
    ),
    paperRoute(
      'LETTER',
      '/leave-requests/:ref/letter.pdf',
      'The request\'s standing Surat Izin Cuti as PDF',
      'The latest version of the letter issued when the request was granted. 404 `paperwork.no_letter` when none stands: the request is not granted (yet), or its grant was cancelled. Every read is audited (leave.paper_read).',
    ),
    defineRoute({
      method: 'GET',
      url: '/papers/archive',
      scope: 'read',
      tag: 'leave',
      summary: 'A month\'s Surat Izin Cuti of a unit and its sub-units as one ZIP, with an index (indeks.csv)',
      description:
        `Every letter issued in the month (Asia/Jakarta) to an employee of the unit or its sub-units, each version its own PDF (a reissued letter and the one it replaced, the index says which stands), streamed as the letters are printed. At most ${ARCHIVE_MAX_LETTERS} letters (422 \`paperwork.archive_too_large\` beyond: ask for a smaller unit); audited (leave.letters_archived).`,
      query: z.object({
        month: isoMonth.describe('YYYY-MM'),
        unit: z.string().trim().min(1).max(32).describe('the org unit code (the agency), e.g. BKPSDM'),
        lang,
      }),
      produces: 'application/zip',
      handler: async ({ query, actor, reply }) => {
        const now = clock.now();
        const archive = await db.prisma.$transaction((tx) =>
          findArchiveLetters(tx, { unitCode: query.unit, month: query.month, auditAs: auditActor(actor) }),
        );
        const fileName = `surat-izin-cuti-${archive.unit.code}-${archive.month}.zip`;
        void reply.type('application/zip').header('content-disposition', contentDisposition(fileName)).header('x-letter-count', String(archive.letters.length));
        return reply.send(Readable.from(zipStream(letterArchiveEntries(db.prisma, paperwork, archive, now, query.lang))));
      },
    }),
  ];
}
