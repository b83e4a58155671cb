import { formatTimestamp } from '../../../domain/format';
import { readableLinkCode } from '../../../domain/readable-link-code';
import type { CreatedLinkCode } from '../../../services/link-codes/create-link-code';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { page } from '../layout';

/**
 * A printable card for an employee who links a chat at the office: the code
 * (shown only this once), the Telegram deep link as a QR code, and what to
 * send on WhatsApp.
 */
export function linkCardPage(view: ConsoleView, input: { created: CreatedLinkCode; deepLink: string | null; qrImage: string | null; whatsappPhone: string | undefined }): SafeHtml {
  const t = view.t;
  const { created } = input;
  return page(view, {
    title: t('console.people.card.title'),
    current: '/people',
    body: html`<p class="notice noprint" role="status">${t('console.people.card.print')}</p>
<section class="card linkcard" aria-labelledby="card-title">
<h2 id="card-title">${t('console.people.card.title')}</h2>
<p>${t('console.people.card.for', { name: created.employee.name, nip: created.employee.nip })}</p>
<p>${t('console.people.card.code')}:<br><span class="code">${readableLinkCode(created.code)}</span></p>
<p class="muted">${t('console.people.card.valid', { at: formatTimestamp(created.expiresAt, view.lang) })}</p>
${input.deepLink && input.qrImage ? html`<p><img src="${input.qrImage}" width="200" height="200" alt="${t('console.people.card.qr_alt')}"></p><p>${t('console.people.card.telegram', { link: input.deepLink })}</p>` : html`<p>${t('console.people.card.telegram_manual')}</p>`}
<p>${input.whatsappPhone ? t('console.people.card.whatsapp', { phone: input.whatsappPhone }) : t('console.people.card.whatsapp_manual')}</p>
</section>
<p class="noprint"><a href="${hrHref(`/people/${created.employee.nip}`)}">${t('console.people.card.back')}</a></p>`,
  });
}
