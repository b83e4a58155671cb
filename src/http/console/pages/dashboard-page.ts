import { formatDay, formatDayRange } from '../../../domain/format';
import type { AwayLine, ConsoleDashboard } from '../../../services/console/console-dashboard';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { page } from '../layout';

const SHOWN = 20;

function awayList(view: ConsoleView, lines: readonly AwayLine[]): SafeHtml {
  if (lines.length === 0) return html`<p class="muted">${view.t('console.none')}</p>`;
  return html`<ul>${lines.slice(0, SHOWN).map((a) => html`<li><a href="${hrHref(`/requests/${encodeURIComponent(a.ref)}`)}">${a.name}</a> · ${a.unit} · ${view.t(`leave.type.${a.typeCode}`)}, ${formatDayRange(a.start, a.end, view.lang)}</li>`)}</ul>
${lines.length > SHOWN ? html`<p class="muted">${view.t('console.more', { count: lines.length - SHOWN })}</p>` : ''}`;
}

function worklist(view: ConsoleView, list: NonNullable<ConsoleDashboard['worklist']>): SafeHtml {
  const counts: Array<[string, number, string | null]> = [
    ['console.dashboard.escalations', list.escalations.total, hrHref('/requests', { status: 'PENDING', overdue: '1' })],
    ['console.dashboard.missing_documents', list.missingDocuments.total, null],
    ['console.dashboard.profile_changes', list.profileChanges.total, hrHref('/profile-changes')],
    ['console.dashboard.failed', list.failedDeliveries.total, null],
    ['console.dashboard.unlinked', list.unlinked.total, null],
  ];
  return html`<section aria-labelledby="worklist"><h2 id="worklist">${view.t('console.dashboard.worklist')}</h2>
<div class="cards">${counts.map(([key, n, href]) => html`<div class="card"><p class="big">${n}</p><p>${href ? html`<a href="${href}">${view.t(key)}</a>` : view.t(key)}</p></div>`)}</div>
${list.unlinked.byAgency.length > 0 ? html`<div class="scroll"><table><caption>${view.t('console.dashboard.by_agency')}</caption>
<thead><tr><th scope="col">${view.t('console.dashboard.agency')}</th><th scope="col">${view.t('console.dashboard.employees')}</th><th scope="col">${view.t('console.dashboard.not_linked')}</th></tr></thead>
<tbody>${list.unlinked.byAgency.slice(0, 10).map((a) => html`<tr><td>${a.agencyName}</td><td>${a.employees}</td><td>${a.unlinked}</td></tr>`)}</tbody></table></div>` : ''}
</section>`;
}

/** The first page: what waits, who is away, and (HR) the worklist. */
export function dashboardPage(view: ConsoleView, d: ConsoleDashboard): SafeHtml {
  const pending = d.pending;
  return page(view, {
    title: view.t('console.dashboard.title', { date: formatDay(d.today, view.lang) }),
    current: '',
    body: html`<section aria-labelledby="pending"><h2 id="pending">${view.t('console.dashboard.pending')}</h2>
<div class="cards"><div class="card"><p class="big">${pending.total}</p><p><a href="${hrHref('/requests', { status: 'PENDING' })}">${view.t('console.dashboard.pending_total', { count: pending.total })}</a></p>
${pending.overdue > 0 ? html`<p class="bad"><a href="${hrHref('/requests', { status: 'PENDING', overdue: '1' })}">${view.t('console.dashboard.overdue', { count: pending.overdue, days: pending.overdueAfter })}</a></p>` : ''}</div>
<div class="card"><ul>${pending.buckets.map((b) => html`<li${b.to === null && b.count > 0 ? html` class="bad"` : ''}>${b.to === null ? view.t('console.dashboard.bucket_open', { from: b.from }) : view.t('console.dashboard.bucket', { from: b.from, to: b.to })}: <strong>${b.count}</strong></li>`)}</ul></div></div>
</section>
<section aria-labelledby="today"><h2 id="today">${view.t('console.dashboard.away_today', { count: d.awayToday.length })}</h2>${awayList(view, d.awayToday)}</section>
<section aria-labelledby="week"><h2 id="week">${view.t('console.dashboard.away_week', { range: formatDayRange(d.week.start, d.week.end, view.lang), count: d.awayThisWeek.length })}</h2>${awayList(view, d.awayThisWeek)}</section>
${d.worklist ? worklist(view, d.worklist) : ''}`,
  });
}
