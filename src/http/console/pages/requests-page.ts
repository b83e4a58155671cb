import { formatDayRange, formatDays } from '../../../domain/format';
import { LEAVE_STATUSES } from '../../../domain/leave';
import type { listLeaveRequests } from '../../../services/leave/list-leave-requests';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { page } from '../layout';

export const LEAVE_TYPE_CODES_SHOWN = ['CT', 'CB', 'CS', 'CM', 'CAP', 'CLTN'] as const;

export interface RequestFilters {
  q?: string | undefined;
  status?: string | undefined;
  type?: string | undefined;
  unit?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  overdue?: boolean | undefined;
  page: number;
}

type Found = Awaited<ReturnType<typeof listLeaveRequests>>;

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${selected === value ? html` selected` : ''}>${label}</option>`;
}

function filterQuery(f: RequestFilters, page?: number) {
  return { q: f.q, status: f.status, type: f.type, unit: f.unit, from: f.from, to: f.to, overdue: f.overdue ? '1' : undefined, page };
}

/** The list: filters (updated in place by htmx, the address kept), the matching requests, paging. */
export function requestsPage(view: ConsoleView, input: { filters: RequestFilters; found: Found; pageSize: number; units: ReadonlyArray<{ code: string; name: string }> }): SafeHtml {
  const f = input.filters;
  const { total, items } = input.found;
  const pages = Math.max(1, Math.ceil(total / input.pageSize));
  const t = view.t;
  const form = html`<form class="filters" method="get" action="/hr/requests" role="search" aria-label="${t('console.requests.filters')}"
 hx-get="/hr/requests" hx-target="#results" hx-select="#results" hx-swap="outerHTML" hx-push-url="true" hx-trigger="submit, change">
<div><label for="q">${t('console.requests.search')}</label><input id="q" name="q" type="search" maxlength="60" value="${f.q ?? ''}" autocomplete="off"></div>
<div><label for="status">${t('console.requests.status')}</label><select id="status" name="status">${option('', t('console.requests.all'), f.status ?? '')}${LEAVE_STATUSES.filter((s) => s !== 'DRAFT').map((s) => option(s, t(`leave.status.${s}`), f.status))}</select></div>
<div><label for="type">${t('console.requests.type')}</label><select id="type" name="type">${option('', t('console.requests.all'), f.type ?? '')}${LEAVE_TYPE_CODES_SHOWN.map((c) => option(c, t(`leave.type.${c}`), f.type))}</select></div>
<div><label for="unit">${t('console.requests.unit')}</label><select id="unit" name="unit">${option('', t('console.requests.all'), f.unit ?? '')}${input.units.map((u) => option(u.code, `${u.code} · ${u.name}`, f.unit))}</select></div>
<div><label for="from">${t('console.requests.from')}</label><input id="from" name="from" type="date" value="${f.from ?? ''}"></div>
<div><label for="to">${t('console.requests.to')}</label><input id="to" name="to" type="date" value="${f.to ?? ''}"></div>
<div class="check"><label><input type="checkbox" name="overdue" value="1"${f.overdue ? html` checked` : ''}>${t('console.requests.overdue')}</label></div>
<div><button type="submit">${t('console.requests.apply')}</button></div>
</form>`;
  const rows = items.map((r) => html`<tr>
<td><a href="${hrHref(`/requests/${encodeURIComponent(r.ref)}`)}">${r.ref}</a></td>
<td>${r.employee.name}<br><span class="muted">${r.employee.nip} · ${r.employee.unitCode}</span></td>
<td>${t(`leave.type.${r.typeCode}`)}</td>
<td>${formatDayRange(r.start, r.end, view.lang)}<br><span class="muted">${formatDays(r.days, view.lang)}</span></td>
<td>${t(`leave.status.${r.status}`)}</td>
<td>${r.waitingOn ? html`<span${r.waitingOn.waitedWorkingDays > 5 ? html` class="bad"` : ''}>${t('console.requests.waited', { name: (r.waitingOn.delegate ?? r.waitingOn.approver).name, days: r.waitingOn.waitedWorkingDays })}</span>` : '–'}</td>
</tr>`);
  const results = html`<div id="results" aria-live="polite">
<p>${t('console.requests.count', { total, page: f.page, pages })}</p>
${items.length === 0 ? html`<p>${t('console.requests.empty')}</p>` : html`<div class="scroll"><table><caption class="muted">${t('console.requests.title')}</caption>
<thead><tr><th scope="col">${t('console.requests.ref')}</th><th scope="col">${t('console.requests.employee')}</th><th scope="col">${t('console.requests.type')}</th><th scope="col">${t('console.requests.dates')}</th><th scope="col">${t('console.requests.status')}</th><th scope="col">${t('console.requests.waiting')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`}
<nav class="paging" aria-label="${t('console.requests.paging')}">
${f.page > 1 ? html`<a href="${hrHref('/requests', filterQuery(f, f.page - 1))}" rel="prev">${t('console.requests.prev')}</a>` : ''}
${f.page < pages ? html`<a href="${hrHref('/requests', filterQuery(f, f.page + 1))}" rel="next">${t('console.requests.next')}</a>` : ''}
</nav></div>`;
  return page(view, { title: t('console.requests.title'), current: '/requests', body: html`${form}${results}` });
}
