import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Config, type RetentionSetting, retentionPolicyOf } from '../../config';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import type { ModuleFactory } from '../../module';
import { privacyContactOf } from '../../services/personal-data/collect-personal-data';
import type { RoutePlugin } from '../build-app';

/** The settings the page quotes: the agency, who to ask, and the retention periods. */
export type PrivacyPageConfig = Pick<Config, 'AGENCY_NAME' | 'AGENCY_ADDRESS' | 'PRIVACY_CONTACT' | 'SESSION_IDLE_MINUTES' | RetentionSetting>;

const query = z.object({ lang: z.enum(['id', 'en']).optional() });

const SECTIONS = ['what', 'why', 'how_long', 'who', 'rights', 'contact'] as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * GET /privacy: the privacy notice the chat links to (first contact, linking,
 * `data saya`): what SAPA keeps and why, how long (from the RETENTION_*
 * settings in force), who can see it, how a person gets and corrects their
 * data, and whom to ask (PRIVACY_CONTACT). Server-rendered, every value
 * escaped, no script; Indonesian unless `?lang=en` or the browser prefers
 * English. Public, rate limited per address like /verify (public-rate-limits.ts).
 */
export function privacyRoutes(config: PrivacyPageConfig): RoutePlugin {
  return async function privacy(app: FastifyInstance): Promise<void> {
    app.get('/privacy', async (request, reply) => sendPrivacyPage(reply, visitorLanguage(request), config));
  };
}

/** The privacy page as a SAPA module (to list in src/modules.ts). */
export const privacyModule: ModuleFactory = (ctx) => ({ routes: [privacyRoutes(ctx.config)] });

function sendPrivacyPage(reply: FastifyReply, lang: Language, config: PrivacyPageConfig) {
  const retention = retentionPolicyOf(config);
  const params = {
    agency: config.AGENCY_NAME,
    contact: privacyContactOf(config),
    outboxDays: retention.outboxDays,
    sessionMinutes: config.SESSION_IDLE_MINUTES + retention.sessionGraceMinutes,
    documentYears: retention.leaveDocumentYears,
    auditYears: retention.auditTextYears,
  };
  const t = (key: string) => escapeHtml(translate(lang, key, params));
  const other: Language = lang === 'id' ? 'en' : 'id';
  const sections = SECTIONS.map((s) => `<h2>${t(`privacy.page.${s}_title`)}</h2>\n<p>${t(`privacy.page.${s}`)}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('privacy.page.title')}</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.55}h2{font-size:1.1rem;margin-top:1.6rem}</style></head>
<body><p class="lang"><a href="/privacy?lang=${other}" hreflang="${other}" lang="${other}">${escapeHtml(translate(lang, 'privacy.page.other_language'))}</a></p>
<h1>${t('privacy.page.title')}</h1>
<p>${t('privacy.page.intro')}</p>
${sections}
</body></html>`;
  return reply.status(200).header('cache-control', 'public, max-age=300').type('text/html; charset=utf-8').send(html);
}

/** `?lang=` when given, else Indonesian unless the visitor's browser prefers English. */
function visitorLanguage(request: FastifyRequest): Language {
  const chosen = query.parse(request.query).lang;
  if (chosen) return chosen;
  return /^\s*en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'id';
}
