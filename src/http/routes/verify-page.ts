import type { FastifyReply } from 'fastify';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';

export interface VerifyPage {
  /** Each paragraph with its tone: confirmed (green) or refused (red). */
  paragraphs: ReadonlyArray<{ text: string; tone: 'ok' | 'bad' }>;
  /** The slip's code when the net-pay form and the language link are shown. */
  code?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The public verification page (no script, no external assets): what was found, the net-pay form, the other language. */
export function sendVerifyPage(reply: FastifyReply, status: number, lang: Language, page: VerifyPage) {
  const t = (key: string, params?: Record<string, string>) => escapeHtml(translate(lang, key, params));
  const paragraphs = page.paragraphs.map((p) => `<p class="${p.tone}">${escapeHtml(p.text)}</p>`).join('\n');
  const code = page.code ? escapeHtml(encodeURIComponent(page.code)) : undefined;
  const other: Language = lang === 'id' ? 'en' : 'id';
  const form = code
    ? `<form method="post" action="/verify/${code}?lang=${lang}">
<label for="net">${t('payslip.verify.net_label')}</label>
<input id="net" name="net" inputmode="decimal" autocomplete="off" maxlength="40" required placeholder="${t('payslip.verify.net_example')}">
<button type="submit">${t('payslip.verify.check')}</button>
</form>
<p class="lang"><a href="/verify/${code}?lang=${other}" hreflang="${other}" lang="${other}">${t('payslip.verify.other_language')}</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${t('payslip.verify.title')}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
p{padding:1rem;border-radius:.5rem}p.ok{background:#e8f5e9}p.bad{background:#fdecea}
p.lang{padding:0}form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}label{width:100%}
input{font:inherit;padding:.5rem;flex:1}button{font:inherit;padding:.5rem 1rem}</style></head>
<body><h1>${t('payslip.verify.title')}</h1>
${paragraphs}
${form}
</body></html>`;
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}
