import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/app-error';
import { formatDayRange, formatRupiah } from '../../domain/format';
import { formatPrintTime } from '../../domain/format-print-time';
import type { Language } from '../../domain/language';
import { readTypedRupiah } from '../../domain/payslip/read-typed-rupiah';
import { normalizeVerificationCode } from '../../domain/payslip/verification-code';
import { translate } from '../../i18n/translate';
import type { ModuleFactory } from '../../module';
import { findLeavePaper, type FoundLeavePaper } from '../../services/paperwork/find-leave-paper';
import { findIssuedPayslip, type IssuedPayslip } from '../../services/payslips/find-issued-payslip';
import { slipPeriodLabel } from '../../services/payslips/slip-period-label';
import { matchPayslipNet } from '../../services/payslips/match-payslip-net';
import type { Database } from '../../store/database';
import type { RoutePlugin } from '../build-app';
import { sendVerifyPage } from './verify-page';

const params = z.object({ code: z.string() });
const query = z.object({ lang: z.enum(['id', 'en']).optional() });
const netBody = z.object({ net: z.string().trim().min(1).max(40) });

/**
 * Public, for a bank or an office holding a printed slip, leave form or
 * Surat Izin Cuti:
 * - GET /verify/:code tells whether a slip with that code was issued (its
 *   month is published): the month and a masked name, never an amount or a
 *   NIP (a NIP starts with its owner's date of birth); for a leave paper,
 *   which document, its number, the masked name, type, dates and decision,
 *   and whether it still stands (current, superseded by a newer version, or
 *   cancelled with its grant).
 * - POST /verify/:code with `net` (form or JSON), the net pay printed on the
 *   slip as typed ("Rp 4.250.300"), answers match or no match: a slip whose
 *   amounts were edited does not match.
 * JSON by default, a small page for browsers (Accept: text/html), Indonesian
 * unless `?lang=en` or the browser prefers English. Codes are read leniently
 * (case, dashes, I/L for 1, O for 0). Rate limited per address
 * (public-rate-limits.ts).
 */
export function verifyRoutes(deps: { db: Database }): RoutePlugin {
  return async function verify(app: FastifyInstance): Promise<void> {
    // The page's form posts application/x-www-form-urlencoded; only these routes read it.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });

    app.get('/verify/:code', async (request, reply) => {
      const lang = visitorLanguage(request);
      const paper = await lookUpPaper(deps.db, request);
      if (paper) return answerPaper(request, reply, paper, lang);
      const found = await lookUp(deps.db, request);
      if (found instanceof AppError) return refuse(request, reply, found, lang);
      const message = issuedMessage(found, lang);
      if (wantsHtml(request)) return sendVerifyPage(reply, 200, lang, { paragraphs: [{ text: message, tone: 'ok' }], code: found.code });
      return {
        valid: true,
        verificationCode: found.code,
        employee: { maskedName: found.maskedName },
        period: found.period,
        periodLabel: slipPeriodLabel(found.period, found.kind, lang),
        message,
      };
    });

    app.post('/verify/:code', async (request, reply) => {
      const lang = visitorLanguage(request);
      const found = await lookUp(deps.db, request);
      if (found instanceof AppError) return refuse(request, reply, found, lang);
      const amount = readTypedRupiah(netBody.parse(request.body).net);
      if (amount === null) return refuse(request, reply, new AppError('payslip.verify.net_malformed'), lang, found);
      const checked = await matchPayslipNet(deps.db.prisma, found.code, amount);
      if (!checked) return refuse(request, reply, notFound(found.code), lang);
      const message = translate(lang, checked.match ? 'payslip.verify.net_match' : 'payslip.verify.net_mismatch', {
        code: found.code,
        name: found.maskedName,
        period: slipPeriodLabel(found.period, found.kind, lang),
        amount: formatRupiah(amount),
      });
      if (wantsHtml(request)) {
        return sendVerifyPage(reply, 200, lang, { paragraphs: [{ text: message, tone: checked.match ? 'ok' : 'bad' }], code: found.code });
      }
      return { verificationCode: found.code, period: found.period, periodLabel: slipPeriodLabel(found.period, found.kind, lang), match: checked.match, message };
    });
  };
}

/** The public verification page as a SAPA module (to list in src/modules.ts). */
export const verifyModule: ModuleFactory = (ctx) => ({ routes: [verifyRoutes({ db: ctx.db })] });

/** The leave paper (form or letter) the URL's code names, or null (malformed codes are refused by the payslip lookup). */
async function lookUpPaper(db: Database, request: FastifyRequest): Promise<FoundLeavePaper | null> {
  const raw = params.parse(request.params).code;
  const code = raw.length <= 64 ? normalizeVerificationCode(raw) : null;
  return code ? findLeavePaper(db.prisma, code) : null;
}

/** What a leave paper is, for whom (masked), its type, dates and decision, and whether it still stands. */
function answerPaper(request: FastifyRequest, reply: FastifyReply, paper: FoundLeavePaper, lang: Language) {
  const found = translate(lang, 'paperwork.verify.found', {
    code: paper.code,
    document: translate(lang, `paperwork.kind.${paper.kind}`),
    number: paper.number ? translate(lang, 'paperwork.verify.number', { number: paper.number }) : '',
    name: paper.maskedName,
    type: translate(lang, `paperwork.type.${paper.typeCode}`),
    dates: formatDayRange(paper.start, paper.end, lang),
    status: translate(lang, `paperwork.status.${paper.requestStatus}`),
  });
  const standing = translate(lang, `paperwork.verify.${paper.standing}`, { at: paper.endedAt ? formatPrintTime(paper.endedAt, lang).replace(/ WIB$/, '') : '-' });
  const stands = paper.standing === 'CURRENT';
  if (wantsHtml(request)) {
    return sendVerifyPage(reply, 200, lang, { paragraphs: [{ text: found, tone: 'ok' }, { text: standing, tone: stands ? 'ok' : 'bad' }] });
  }
  return {
    valid: true,
    verificationCode: paper.code,
    document: paper.kind,
    version: paper.version,
    number: paper.number,
    ref: paper.ref,
    employee: { maskedName: paper.maskedName },
    typeCode: paper.typeCode,
    start: paper.start,
    end: paper.end,
    decision: paper.requestStatus,
    standing: paper.standing,
    stands,
    endedAt: paper.endedAt?.toISOString() ?? null,
    message: `${found} ${standing}`,
  };
}

const notFound = (code: string) => new AppError('payslip.verify.not_found', { code });

/** The issued slip the URL's code names, or the error to answer. */
async function lookUp(db: Database, request: FastifyRequest): Promise<IssuedPayslip | AppError> {
  const raw = params.parse(request.params).code;
  const code = raw.length <= 64 ? normalizeVerificationCode(raw) : null;
  if (!code) return new AppError('payslip.verify.malformed');
  return (await findIssuedPayslip(db.prisma, code)) ?? notFound(code);
}

function issuedMessage(issued: IssuedPayslip, lang: Language): string {
  return translate(lang, 'payslip.verify.issued', { code: issued.code, name: issued.maskedName, period: slipPeriodLabel(issued.period, issued.kind, lang) });
}

/** Browsers get the page (with the form again when the slip was found); API callers get `{ code, message }` from the shared error handler. */
function refuse(request: FastifyRequest, reply: FastifyReply, error: AppError, lang: Language, issued?: IssuedPayslip) {
  if (!wantsHtml(request)) throw error;
  const status = error.code.endsWith('.not_found') ? 404 : 400;
  const paragraphs = [
    ...(issued ? [{ text: issuedMessage(issued, lang), tone: 'ok' as const }] : []),
    { text: translate(lang, error.code, error.params), tone: 'bad' as const },
  ];
  return sendVerifyPage(reply, status, lang, { paragraphs, ...(issued ? { code: issued.code } : {}) });
}

function wantsHtml(request: FastifyRequest): boolean {
  return /\btext\/html\b/i.test(request.headers.accept ?? '');
}

/** `?lang=` when given, else Indonesian unless the visitor's browser prefers English. */
function visitorLanguage(request: FastifyRequest): Language {
  const chosen = query.parse(request.query).lang;
  if (chosen) return chosen;
  return /^\s*en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'id';
}
