import { formatInstant } from '../../../domain/format';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

/** The person's open sessions; any of them can be ended (this one signs out). */
export function sessionsPage(
  view: ConsoleView, sessions: ReadonlyArray<{ id: number; userAgent: string | null; createdAt: Date; lastSeenAt: Date }>, currentId: number, message?: string,
): SafeHtml {
  const t = view.t;
  return page(view, {
    title: t('console.sessions.title'),
    current: '/sessions',
    body: html`${message ? html`<p class="notice" role="status">${message}</p>` : ''}<ul>${sessions.map((s) => html`<li class="card">
<p><strong>${s.userAgent ?? t('console.sessions.unknown_device')}</strong>${s.id === currentId ? html` <em>(${t('console.sessions.this')})</em>` : ''}</p>
<p class="muted">${t('console.sessions.since', { at: formatInstant(s.createdAt, view.lang), seen: formatInstant(s.lastSeenAt, view.lang) })}</p>
<form method="post" action="/hr/sessions/${s.id}/end">${csrfField(view)}<button type="submit" class="secondary" aria-label="${t('console.sessions.revoke')}: ${s.userAgent ?? t('console.sessions.unknown_device')}">${t('console.sessions.revoke')}</button></form></li>`)}</ul>`,
  });
}
