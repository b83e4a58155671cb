import { formatDayRange, formatTimestamp } from '../../../domain/format';
import type { DelegationView } from '../../../services/delegations/delegation-view';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

export interface DelegationsInput {
  items: readonly DelegationView[];
  showAll: boolean;
  today: string;
  /** HR names a substitute for any approver; a supervisor for themselves (their NIP is fixed). */
  ownNip: string | null;
  message?: { text: string; ok: boolean } | undefined;
  /** What was typed, kept when the form is refused. */
  typed?: { fromNip?: string; toNip?: string; start?: string; end?: string; reason?: string } | undefined;
}

/** Delegations: the list (running and to come, or all), ending one today, and naming a new substitute. */
export function delegationsPage(view: ConsoleView, input: DelegationsInput): SafeHtml {
  const t = view.t;
  const typed = input.typed ?? {};
  const rows = input.items.map((d) => {
    const over = d.endDate < input.today || d.endDate < d.startDate;
    return html`<tr>
<td>${d.from.name}<br><span class="muted">${d.from.nip}</span></td>
<td>${d.to.name}<br><span class="muted">${d.to.nip}</span></td>
<td>${d.endDate < d.startDate ? '–' : formatDayRange(d.startDate, d.endDate, view.lang)}</td>
<td>${d.createdBy}<br><span class="muted">${formatTimestamp(d.createdAt, view.lang)}</span>${d.endedBy ? html`<br><span class="muted">${t('console.delegations.ended', { name: d.endedBy, reason: d.reason ?? '' })}</span>` : ''}</td>
<td>${over ? '' : html`<form method="post" action="${hrHref(`/delegations/${d.id}/end`)}">${csrfField(view)}
<label for="end-reason-${d.id}">${t('console.delegations.end_reason')}</label><input id="end-reason-${d.id}" name="reason" required minlength="3" maxlength="300">
<div class="actions"><button type="submit" class="secondary">${t('console.delegations.end_now')}</button></div></form>`}</td>
</tr>`;
  });
  const list = input.items.length === 0 ? html`<p>${t('console.delegations.none')}</p>` : html`<div class="scroll"><table><caption class="muted">${t(input.showAll ? 'console.delegations.all' : 'console.delegations.current')}</caption>
<thead><tr><th scope="col">${t('console.delegations.from')}</th><th scope="col">${t('console.delegations.to')}</th><th scope="col">${t('console.delegations.dates')}</th><th scope="col">${t('console.delegations.made_by')}</th><th scope="col"></th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
  const form = html`<h2>${t('console.delegations.new')}</h2>${input.ownNip ? html`<p class="muted">${t('console.delegations.own_only')}</p>` : ''}
<form class="filters" method="post" action="/hr/delegations">${csrfField(view)}
<div><label for="fromNip">${t('console.delegations.from')}</label><input id="fromNip" name="fromNip" inputmode="numeric" pattern="\\d{18}" required value="${input.ownNip ?? typed.fromNip ?? ''}"${input.ownNip ? html` readonly` : ''}></div>
<div><label for="toNip">${t('console.delegations.to')}</label><input id="toNip" name="toNip" inputmode="numeric" pattern="\\d{18}" required value="${typed.toNip ?? ''}"></div>
<div><label for="start">${t('console.delegations.start')}</label><input id="start" name="start" type="date" required value="${typed.start ?? ''}"></div>
<div><label for="end">${t('console.delegations.end')}</label><input id="end" name="end" type="date" required value="${typed.end ?? ''}"></div>
<div><label for="reason">${t('console.delegations.reason')}</label><input id="reason" name="reason" maxlength="300" value="${typed.reason ?? ''}"></div>
<div><button type="submit">${t('console.delegations.create')}</button></div>
</form>`;
  const toggle = html`<p><a href="${hrHref('/delegations', input.showAll ? {} : { all: 1 })}">${t(input.showAll ? 'console.delegations.current' : 'console.delegations.all')}</a></p>`;
  return page(view, {
    title: t('console.delegations.title'),
    current: '/delegations',
    body: html`${input.message ? html`<p class="${input.message.ok ? 'notice' : 'error'}" role="${input.message.ok ? 'status' : 'alert'}">${input.message.text}</p>` : ''}
<p>${t('console.delegations.intro')}</p>${toggle}${list}${form}`,
  });
}
