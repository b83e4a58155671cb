import { formatCount, formatTimestamp } from '../../../domain/format';
import { AUDIT_EXPORT_LIMIT, type AuditPage, type ConsoleAuditFilters } from '../../../services/console/console-audit';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { page } from '../layout';

/** How much of a row's detail the table shows (the CSV export holds all of it). */
const DETAIL_SHOWN = 160;

function filterQuery(f: ConsoleAuditFilters, pageNo?: number) {
  return { action: f.action, nip: f.nip, entity: f.entity, entityId: f.entityId, from: f.from, to: f.to, page: pageNo };
}

function field(id: string, label: string, value: string | undefined, attrs: { type?: string; maxlength?: number; placeholder?: string } = {}): SafeHtml {
  return html`<div><label for="${id}">${label}</label><input id="${id}" name="${id}" type="${attrs.type ?? 'text'}"${attrs.maxlength ? html` maxlength="${attrs.maxlength}"` : ''}${attrs.placeholder ? html` placeholder="${attrs.placeholder}"` : ''} value="${value ?? ''}" autocomplete="off"></div>`;
}

/** The audit trail for HR: filters (updated in place by htmx), the rows newest first, paging and a CSV export of the same filters. */
export function auditPage(view: ConsoleView, input: { filters: ConsoleAuditFilters; page: number; pageSize: number; found: AuditPage }): SafeHtml {
  const t = view.t;
  const f = input.filters;
  const { total, totalCapped, items } = input.found;
  const pages = Math.max(1, Math.ceil(total / input.pageSize));
  // Past the counting limit the number of pages is unknown: a full page has a next one.
  const hasNext = totalCapped ? items.length === input.pageSize : input.page < pages;
  const count = totalCapped
    ? t('console.audit.count_capped', { total: formatCount(total, view.lang), page: input.page })
    : t('console.audit.count', { total: formatCount(total, view.lang), page: input.page, pages });
  const form = html`<form class="filters" method="get" action="/hr/audit" role="search" aria-label="${t('console.audit.filters')}"
 hx-get="/hr/audit" hx-target="#results" hx-select="#results" hx-swap="outerHTML" hx-push-url="true" hx-trigger="submit, change">
${field('action', t('console.audit.action'), f.action, { maxlength: 80, placeholder: 'leave' })}
${field('nip', t('console.audit.nip'), f.nip, { maxlength: 18 })}
${field('entity', t('console.audit.entity'), f.entity, { maxlength: 50, placeholder: 'LeaveRequest' })}
${field('entityId', t('console.audit.entity_id'), f.entityId, { maxlength: 50 })}
${field('from', t('console.audit.from'), f.from, { type: 'date' })}
${field('to', t('console.audit.to'), f.to, { type: 'date' })}
<div><button type="submit">${t('console.audit.apply')}</button></div>
</form>`;
  const rows = items.map((r) => html`<tr>
<td>${formatTimestamp(r.at, view.lang)}</td>
<td>${r.actorName ?? '–'}<br><span class="muted">${t(`console.audit.actor.${r.actorType}`)}${r.channel ? ` · ${r.channel}` : ''}</span></td>
<td><code>${r.action}</code></td>
<td>${r.entity}${r.entityId ? html` <span class="muted">#${r.entityId}</span>` : ''}</td>
<td><span class="muted">${r.detail.length > DETAIL_SHOWN ? `${r.detail.slice(0, DETAIL_SHOWN)}…` : r.detail}</span></td>
</tr>`);
  const results = html`<div id="results" aria-live="polite">
<p>${count} · <a href="${hrHref('/audit.csv', filterQuery(f))}" download>${t('console.audit.export')}</a>${totalCapped ? html` <span class="muted">(${t('console.audit.truncated', { limit: formatCount(AUDIT_EXPORT_LIMIT, view.lang) })})</span>` : ''}</p>
${items.length === 0 ? html`<p>${t('console.audit.empty')}</p>` : html`<div class="scroll"><table><caption class="muted">${t('console.audit.title')}</caption>
<thead><tr><th scope="col">${t('console.audit.at')}</th><th scope="col">${t('console.audit.who')}</th><th scope="col">${t('console.audit.action')}</th><th scope="col">${t('console.audit.entity')}</th><th scope="col">${t('console.audit.detail')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`}
<nav class="paging" aria-label="${t('console.audit.paging')}">
${input.page > 1 ? html`<a href="${hrHref('/audit', filterQuery(f, input.page - 1))}" rel="prev">${t('console.requests.prev')}</a>` : ''}
${hasNext ? html`<a href="${hrHref('/audit', filterQuery(f, input.page + 1))}" rel="next">${t('console.requests.next')}</a>` : ''}
</nav></div>`;
  return page(view, { title: t('console.audit.title'), current: '/audit', body: html`${form}${results}` });
}
