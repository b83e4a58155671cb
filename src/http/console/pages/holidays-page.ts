import { formatDay, formatDayWithWeekday } from '../../../domain/format';
import type { HolidayView } from '../../../services/settings/holiday-settings';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

export const HOLIDAY_KINDS = ['NATIONAL', 'CUTI_BERSAMA', 'LOCAL'] as const;

export interface HolidaysInput {
  year: number;
  items: readonly HolidayView[];
  message?: { text: string; ok: boolean; lines?: readonly string[] } | undefined;
  /** What was typed, kept when a form is refused. */
  typed?: { date?: string; name?: string; kind?: string; creditDate?: string; nips?: string; reason?: string } | undefined;
}

function calendar(view: ConsoleView, input: HolidaysInput): SafeHtml {
  const t = view.t;
  if (input.items.length === 0) return html`<p>${t('console.holidays.none')}</p>`;
  return html`<div class="scroll"><table><thead><tr><th scope="col">${t('console.holidays.date')}</th><th scope="col">${t('console.holidays.name')}</th><th scope="col">${t('console.holidays.kind')}</th><th scope="col"></th></tr></thead>
<tbody>${input.items.map((h) => html`<tr><td>${formatDayWithWeekday(h.date, view.lang)}</td><td>${h.name}</td><td>${t(`console.holidays.kind.${h.kind}`)}</td>
<td><form method="post" action="/hr/holidays/remove">${csrfField(view)}<input type="hidden" name="date" value="${h.date}"><input type="hidden" name="kind" value="${h.kind}">
<button type="submit" class="secondary" aria-label="${t('console.holidays.remove_label', { name: h.name, date: formatDay(h.date, view.lang) })}">${t('console.holidays.remove')}</button></form></td></tr>`)}</tbody></table></div>`;
}

function addForm(view: ConsoleView, input: HolidaysInput): SafeHtml {
  const t = view.t;
  const typed = input.typed ?? {};
  return html`<h2>${t('console.holidays.add')}</h2><form class="filters" method="post" action="/hr/holidays">${csrfField(view)}
<div><label for="date">${t('console.holidays.date')}</label><input id="date" name="date" type="date" required value="${typed.date ?? ''}"></div>
<div><label for="name">${t('console.holidays.name')}</label><input id="name" name="name" required minlength="3" maxlength="200" value="${typed.name ?? ''}"></div>
<div><label for="kind">${t('console.holidays.kind')}</label><select id="kind" name="kind">${HOLIDAY_KINDS.map((k) => html`<option value="${k}"${k === typed.kind ? html` selected` : ''}>${t(`console.holidays.kind.${k}`)}</option>`)}</select></div>
<div><button type="submit">${t('console.holidays.add_button')}</button></div></form>
<p class="muted"><a href="/hr/imports">${t('console.holidays.import_hint')}</a></p>`;
}

function creditForm(view: ConsoleView, input: HolidaysInput): SafeHtml {
  const t = view.t;
  const typed = input.typed ?? {};
  const days = input.items.filter((h) => h.kind === 'CUTI_BERSAMA');
  if (days.length === 0) return html`<h2>${t('console.holidays.credit')}</h2><p class="muted">${t('console.holidays.credit_none')}</p>`;
  return html`<h2>${t('console.holidays.credit')}</h2><p>${t('console.holidays.credit_intro')}</p>
<form class="filters" method="post" action="/hr/holidays/credit">${csrfField(view)}
<div><label for="creditDate">${t('console.holidays.credit_day')}</label><select id="creditDate" name="date">${days.map((h) => html`<option value="${h.date}"${h.date === typed.creditDate ? html` selected` : ''}>${formatDay(h.date, view.lang)} · ${h.name}</option>`)}</select></div>
<div><label for="nips">${t('console.holidays.credit_nips')}</label><textarea id="nips" name="nips" rows="4" required>${typed.nips ?? ''}</textarea></div>
<div><label for="reason">${t('console.holidays.credit_reason')}</label><input id="reason" name="reason" required minlength="3" maxlength="300" value="${typed.reason ?? ''}"></div>
<div><button type="submit">${t('console.holidays.credit_button')}</button></div></form>`;
}

/** Holidays: the year's days off by date (national, cuti bersama, local), removing one, adding one, and crediting a cuti bersama day worked. */
export function holidaysPage(view: ConsoleView, input: HolidaysInput): SafeHtml {
  const t = view.t;
  const count = (kind: string) => input.items.filter((h) => h.kind === kind).length;
  const message = input.message;
  return page(view, {
    title: t('console.holidays.title', { year: input.year }),
    current: '/holidays',
    body: html`${message ? html`<div class="${message.ok ? 'notice' : 'error'}" role="${message.ok ? 'status' : 'alert'}"><p>${message.text}</p>${message.lines?.length ? html`<ul>${message.lines.map((l) => html`<li>${l}</li>`)}</ul>` : ''}</div>` : ''}
<p>${t('console.holidays.intro')}</p>
<p class="paging"><a href="${hrHref('/holidays', { year: input.year - 1 })}">${t('console.holidays.previous', { year: input.year - 1 })}</a><a href="${hrHref('/holidays', { year: input.year + 1 })}">${t('console.holidays.next', { year: input.year + 1 })}</a></p>
<p>${t('console.holidays.counts', { national: count('NATIONAL'), cutiBersama: count('CUTI_BERSAMA'), local: count('LOCAL') })}</p>
${calendar(view, input)}${addForm(view, input)}${creditForm(view, input)}`,
  });
}
