import type { EmployeeListItem } from '../../../services/admin/find-employees';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

export interface PeopleFilters {
  q?: string | undefined;
  unit?: string | undefined;
  page: number;
}

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${selected === value ? html` selected` : ''}>${label}</option>`;
}

/** People search: by name or NIP and unit (a supervisor's own units), updated in place by htmx. */
export function peoplePage(
  view: ConsoleView,
  input: { filters: PeopleFilters; found: { total: number; items: readonly EmployeeListItem[] }; pageSize: number; units: ReadonlyArray<{ code: string; name: string }> },
): SafeHtml {
  const t = view.t;
  const f = input.filters;
  const { total, items } = input.found;
  const pages = Math.max(1, Math.ceil(total / input.pageSize));
  const query = (pageNo?: number) => ({ q: f.q, unit: f.unit, page: pageNo });
  const form = html`<form class="filters" method="get" action="/hr/people" role="search" aria-label="${t('console.people.filters')}"
 hx-get="/hr/people" hx-target="#results" hx-select="#results" hx-swap="outerHTML" hx-push-url="true" hx-trigger="submit, change">
<div><label for="q">${t('console.people.search')}</label><input id="q" name="q" type="search" maxlength="60" value="${f.q ?? ''}" autocomplete="off"></div>
<div><label for="unit">${t('console.people.unit')}</label><select id="unit" name="unit">${option('', t('console.people.all'), f.unit ?? '')}${input.units.map((u) => option(u.code, `${u.code} · ${u.name}`, f.unit))}</select></div>
<div><button type="submit">${t('console.people.apply')}</button></div>
</form>`;
  const rows = items.map((e) => html`<tr>
<td><a href="${hrHref(`/people/${e.nip}`)}">${e.name}</a><br><span class="muted">${e.nip}${e.active ? '' : html` · <span class="bad">${t('console.people.inactive')}</span>`}</span></td>
<td>${e.position}<br><span class="muted">${e.kind}</span></td>
<td>${e.unit.code} · ${e.unit.name}</td>
<td>${e.linked ? html`<span class="ok">${t('console.people.linked_yes')}</span>` : html`<span class="muted">${t('console.people.linked_no')}</span>`}</td>
</tr>`);
  const results = html`<div id="results" aria-live="polite">
<p>${t('console.people.count', { total, page: f.page, pages })}</p>
${items.length === 0 ? html`<p>${t('console.people.empty')}</p>` : html`<div class="scroll"><table><caption class="muted">${t('console.people.title')}</caption>
<thead><tr><th scope="col">${t('console.people.name')}</th><th scope="col">${t('console.people.position')}</th><th scope="col">${t('console.people.unit')}</th><th scope="col">${t('console.people.linked')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`}
<nav class="paging" aria-label="${t('console.people.paging')}">
${f.page > 1 ? html`<a href="${hrHref('/people', query(f.page - 1))}" rel="prev">${t('console.requests.prev')}</a>` : ''}
${f.page < pages ? html`<a href="${hrHref('/people', query(f.page + 1))}" rel="next">${t('console.requests.next')}</a>` : ''}
</nav></div>`;
  const cards = view.person?.role === 'HR' && f.unit ? html`<h2>${t('console.people.unit_cards')}</h2><p class="muted">${t('console.people.unit_cards_hint')}</p>
<form method="post" action="/hr/people/link-cards">${csrfField(view)}<input type="hidden" name="unit" value="${f.unit}"><button type="submit">${t('console.people.unit_cards')}</button></form>` : '';
  return page(view, { title: t('console.people.title'), current: '/people', body: html`${form}${results}${cards}` });
}
