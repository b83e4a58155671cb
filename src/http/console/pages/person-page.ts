import { formatDay, formatDayRange, formatDays, formatPeriod, formatTimestamp } from '../../../domain/format';
import type { personDetail } from '../../../services/console/console-people';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

type Detail = Awaited<ReturnType<typeof personDetail>>;

function row(label: string, value: SafeHtml | string | null | undefined): SafeHtml {
  return value ? html`<tr><th scope="row">${label}</th><td>${value}</td></tr>` : html``;
}

/** An employee's page: the record, this year's balances and every move of them, latest requests, linked chats, payslips; HR's actions (link code, unlink). */
export function personPage(view: ConsoleView, detail: Detail, input: { year: number; message?: string | undefined }): SafeHtml {
  const t = view.t;
  const lang = view.lang;
  const e = detail.employee;
  const hr = view.person?.role === 'HR';
  const record = html`<div class="scroll"><table><caption class="muted">${t('console.people.record')}</caption><tbody>
${row('NIP', e.nip)}
${row(t('console.people.position'), e.position)}
${row(t('console.people.kind'), e.kind)}
${row(t('console.people.rank'), e.rank)}
${row(t('console.people.unit'), `${e.unit.code} · ${e.unit.name}`)}
${row(t('console.people.supervisor'), e.supervisor ? `${e.supervisor.name} (${e.supervisor.nip})` : null)}
${row(t('console.people.head_of'), e.headOf ? `${e.headOf.code} · ${e.headOf.name}` : null)}
${row(t('console.people.service_start'), formatDay(e.serviceStart, lang))}
${row(t('console.people.contract'), e.contractEnd ? formatDayRange(e.contractStart ?? e.serviceStart, e.contractEnd, lang) : null)}
${e.active ? '' : row(t('console.people.inactive'), html`<span class="bad">${t('console.people.inactive')}</span>`)}
</tbody></table></div>`;
  const balances = e.balances.length === 0 ? html`<p>${t('console.people.balances_none')}</p>` : html`<div class="scroll"><table><caption class="muted">${t('console.people.balances', { year: input.year })}</caption>
<thead><tr><th scope="col">${t('console.people.type')}</th><th scope="col">${t('console.people.entitled')}</th><th scope="col">${t('console.people.carried')}</th><th scope="col">${t('console.people.deferred')}</th><th scope="col">${t('console.people.added')}</th><th scope="col">${t('console.people.used')}</th><th scope="col">${t('console.people.reserved')}</th></tr></thead>
<tbody>${e.balances.map((b) => html`<tr><td>${t(`leave.type.${b.typeCode}`)}</td><td>${formatDays(b.entitled, lang)}</td><td>${formatDays(b.carriedOver, lang)}</td><td>${formatDays(b.deferred, lang)}</td><td>${formatDays(b.added, lang)}</td><td>${formatDays(b.used, lang)}</td><td>${formatDays(b.reserved, lang)}</td></tr>`)}</tbody></table></div>`;
  const ledger = detail.moves.length === 0 ? html`<p>${t('console.people.ledger_none')}</p>` : html`<div class="scroll"><table><caption class="muted">${t('console.people.ledger', { year: input.year })}</caption>
<thead><tr><th scope="col">${t('console.people.at')}</th><th scope="col">${t('console.people.type')}</th><th scope="col">${t('console.people.move')}</th><th scope="col">${t('console.people.days')}</th><th scope="col">${t('console.people.request')}</th></tr></thead>
<tbody>${detail.moves.map((m) => html`<tr><td>${formatTimestamp(m.at, lang)}</td><td>${m.typeCode}</td><td>${t(`console.people.move.${m.kind}`)}<br><span class="muted">${t(`console.people.reason.${m.reason}`)}</span></td><td>${formatDays(m.days, lang)}</td><td>${m.ref ? html`<a href="${hrHref(`/requests/${encodeURIComponent(m.ref)}`)}">${m.ref}</a>` : '–'}</td></tr>`)}</tbody></table></div>`;
  const requests = detail.requests.length === 0 ? html`<p>${t('console.people.requests_none')}</p>` : html`<ul>${detail.requests.map((r) => html`<li><a href="${hrHref(`/requests/${encodeURIComponent(r.ref)}`)}">${r.ref}</a> · ${t(`leave.type.${r.typeCode}`)} · ${formatDayRange(r.startDate, r.endDate, lang)} (${formatDays(r.days, lang)}) · ${t(`leave.status.${r.status}`)}</li>`)}</ul>`;
  const chats = detail.chats.length === 0 ? html`<p>${t('console.people.chats_none')}</p>` : html`<ul>${detail.chats.map((c) => html`<li class="card"><strong>${c.label}</strong> <span class="muted">${t('console.people.chat_since', { at: formatTimestamp(c.verifiedAt, lang) })}${c.unreachable ? ` · ${t('console.people.chat_unreachable')}` : ''}</span>
${hr ? html`<form method="post" action="${hrHref(`/people/${e.nip}/chats/${c.id}/unlink`)}">${csrfField(view)}<button type="submit" class="secondary" aria-label="${t('console.people.unlink')}: ${c.label}">${t('console.people.unlink')}</button></form>` : ''}</li>`)}</ul>`;
  const payslips = detail.payslipMonths.length === 0 ? html`<p>${t('console.people.payslips_none')}</p>` : html`<p>${detail.payslipMonths.map((p) => formatPeriod(p, lang)).join(' · ')}</p>`;
  const linkCode = hr && e.active ? html`<h2>${t('console.people.link_code')}</h2><p class="muted">${t('console.people.link_code_hint')}</p>
<form method="post" action="${hrHref(`/people/${e.nip}/link-code`)}">${csrfField(view)}<div class="actions"><button type="submit">${t('console.people.link_code')}</button><button type="submit" name="as" value="pdf" class="secondary">${t('console.people.link_pdf')}</button></div></form>` : '';
  return page(view, {
    title: e.name,
    current: '/people',
    body: html`${input.message ? html`<p class="notice" role="status">${input.message}</p>` : ''}${record}
<h2>${t('console.people.balances', { year: input.year })}</h2>${balances}
<h2>${t('console.people.ledger', { year: input.year })}</h2>${ledger}
<h2>${t('console.people.requests')}</h2>${requests}
<h2>${t('console.people.chats')}</h2>${chats}
<h2>${t('console.people.payslips')}</h2>${payslips}
${linkCode}`,
  });
}
