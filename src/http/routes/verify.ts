import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/app-error';
import { formatPeriod } from '../../domain/format';
import type { Language } from '../../domain/language';
import { normalizeVerificationCode } from '../../domain/payslip/verification-code';
import { translate } from '../../i18n/translate';
import { findIssuedPayslip, type IssuedPayslip } from '../../services/payslips/find-issued-payslip';
import type { ModuleFactory } from '../../module';
import type { Database } from '../../store/database';
import type { RoutePlugin } from '../build-app';

/**
 * GET /verify/:code, public: lets a bank or an office check a printed slip.
 * Answers whether a slip with that code was issued (its month is
 * published), to whom (name and masked NIP) and for which month; never an
 * amount. JSON by default, a small HTML page for browsers (Accept: text/html).
 * Codes are read leniently (case, dashes, I/L for 1, O for 0).
 */
export function verifyRoutes(deps: { db: Database }): RoutePlugin {
  return async function verify(app: FastifyInstance): Promise<void> {
    app.get<{ Params: { code: string } }>('/verify/:code', async (request, reply) => {
      const lang = visitorLanguage(request);
      const raw = request.params.code;
      const code = raw.length <= 64 ? normalizeVerificationCode(raw) : null;
      if (!code) return refuse(request, reply, new AppError('payslip.verify.malformed'), lang);
      const issued = await findIssuedPayslip(deps.db.prisma, code);
      if (!issued) return refuse(request, reply, new AppError('payslip.verify.not_found', { code }), lang);
      const message = issuedMessage(issued, lang);
      if (wantsHtml(request)) return sendPage(reply, 200, lang, message, true);
      return {
        valid: true,
        verificationCode: issued.code,
        employee: { name: issued.name, maskedNip: issued.maskedNip },
        period: issued.period,
        periodLabel: formatPeriod(issued.period, lang),
        message,
      };
    });
  };
}

/** The public verification page as a SAPA module (to list in src/modules.ts). */
export const verifyModule: ModuleFactory = (ctx) => ({ routes: [verifyRoutes({ db: ctx.db })] });

function issuedMessage(issued: IssuedPayslip, lang: Language): string {
  return translate(lang, 'payslip.verify.issued', {
    code: issued.code,
    name: issued.name,
    nip: issued.maskedNip,
    period: formatPeriod(issued.period, lang),
  });
}

/** Browsers get the page; API callers get `{ code, message }` from the shared error handler. */
function refuse(request: FastifyRequest, reply: FastifyReply, error: AppError, lang: Language) {
  if (!wantsHtml(request)) throw error;
  const status = error.code.endsWith('.not_found') ? 404 : 400;
  return sendPage(reply, status, lang, translate(lang, error.code, error.params), false);
}

function wantsHtml(request: FastifyRequest): boolean {
  return /\btext\/html\b/i.test(request.headers.accept ?? '');
}

/** Indonesian unless the visitor's browser prefers English. */
function visitorLanguage(request: FastifyRequest): Language {
  return /^\s*en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'id';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function sendPage(reply: FastifyReply, status: number, lang: Language, message: string, valid: boolean) {
  const title = escapeHtml(translate(lang, 'payslip.verify.title'));
  const page = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
p{padding:1rem;border-radius:.5rem;background:${valid ? '#e8f5e9' : '#fdecea'}}</style></head>
<body><h1>${title}</h1><p>${escapeHtml(message)}</p></body></html>`;
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page);
}
