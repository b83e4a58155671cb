import { addMonths, weekday } from '../../../domain/day';
import { formatDay, formatPeriod } from '../../../domain/format';
import { CALENDAR_MAX_PEOPLE, type TeamCalendar } from '../../../services/console/team-calendar';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { page } from '../layout';

/** The month view: one table per unit, a row per person away, a column per day; days off shaded, overlaps marked. */
export function calendarPage(view: ConsoleView, cal: TeamCalendar, input: { unitId?: number | undefined; units: ReadonlyArray<{ id: number; code: string; name: string }> }): SafeHtml {
  const t = view.t;
  const off = new Set(cal.holidays.map((h) => h.date));
  const isOff = (d: string) => off.has(d) || weekday(d) === 0 || weekday(d) === 6;
  const first = `${cal.month}-01`;
  const nav = (n: number) => hrHref('/calendar', { month: addMonths(first, n).slice(0, 7), unit: input.unitId });
  const form = html`<form class="filters" method="get" action="/hr/calendar">
<div><label for="month">${t('console.calendar.month')}</label><input id="month" name="month" type="month" value="${cal.month}" required></div>
<div><label for="unit">${t('console.calendar.unit')}</label><select id="unit" name="unit"><option value="">${t('console.calendar.all_units')}</option>${input.units.map((u) => html`<option value="${u.id}"${u.id === input.unitId ? html` selected` : ''}>${u.code} · ${u.name}</option>`)}</select></div>
<div><button type="submit">${t('console.calendar.show')}</button></div></form>
<nav class="paging" aria-label="${t('console.calendar.month')}"><a href="${nav(-1)}">${t('console.calendar.prev')}</a><a href="${nav(1)}">${t('console.calendar.next')}</a></nav>`;
  const head = html`<tr><th scope="col" class="name">${t('console.calendar.name')}</th>${cal.days.map((d) => html`<th scope="col"${isOff(d) ? html` class="off"` : ''} title="${formatDay(d, view.lang)}">${Number(d.slice(8))}</th>`)}</tr>`;
  const tables = cal.units.map((u) => {
    const overlap = new Set(u.overlaps);
    return html`<div class="scroll cal"><table><caption>${u.unit}</caption><thead>${head}</thead><tbody>
${u.people.map((p) => html`<tr><th scope="row" class="name">${p.name}</th>${cal.days.map((d) => {
  const a = p.days[d];
  const classes = [a ? (a.halfDay ? 'half' : 'away') : isOff(d) ? 'off' : '', a && overlap.has(d) ? 'overlap' : ''].filter(Boolean).join(' ');
  return html`<td${classes ? html` class="${classes}"` : ''}${a ? html` title="${formatDay(d, view.lang)}: ${t(`leave.type.${a.typeCode}`)}${a.halfDay ? ` (${t('console.calendar.half')})` : ''}"` : ''}>${a ? a.typeCode : ''}</td>`;
})}</tr>`)}</tbody></table></div>
${u.overlaps.length > 0 ? html`<p class="muted">${t('console.calendar.overlaps', { days: u.overlaps.map((d) => Number(d.slice(8))).join(', ') })}</p>` : ''}`;
  });
  return page(view, {
    title: t('console.calendar.title', { month: formatPeriod(cal.month, view.lang) }),
    current: '/calendar',
    body: html`${form}
<section aria-labelledby="holidays"><h2 id="holidays">${t('console.calendar.holidays')}</h2>
${cal.holidays.length === 0 ? html`<p class="muted">${t('console.none')}</p>` : html`<ul>${cal.holidays.map((h) => html`<li>${formatDay(h.date, view.lang)}: ${h.name} (${t(`console.calendar.holiday.${h.kind}`)})</li>`)}</ul>`}</section>
${cal.truncated ? html`<p class="error">${t('console.calendar.truncated', { count: CALENDAR_MAX_PEOPLE })}</p>` : ''}
${cal.units.length === 0 ? html`<p>${t('console.calendar.empty')}</p>` : tables}`,
  });
}
