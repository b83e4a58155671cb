import { formatCount, formatTimestamp } from '../../../domain/format';
import type { PayrollPeriodView } from '../../../services/payslips/list-payroll-periods';
import type { PayrollDelivery } from '../../../services/payslips/payroll-delivery';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';
import { messageBox, type PageMessage, runStatus, runTitle } from './payroll-page';

export interface PayrollRunInput {
  run: PayrollPeriodView;
  delivery: PayrollDelivery;
  /** The city's rule asks a second officer to confirm a publication. */
  secondOfficer: boolean;
  message?: PageMessage;
}

function publishForm(view: ConsoleView, input: PayrollRunInput): SafeHtml {
  const t = view.t;
  const { run } = input;
  const action = `/hr/payroll/${run.period}/${run.kind}/publish`;
  const requested = run.publishRequestedBy && run.publishRequestedAt;
  const mine = requested && run.publishRequestedById === view.person?.id;
  const note = requested
    ? html`<p>${t(mine ? 'console.payroll.requested_by_you' : 'console.payroll.requested_by', { name: run.publishRequestedBy ?? '', at: formatTimestamp(run.publishRequestedAt!, view.lang) })}</p>`
    : '';
  const label = !input.secondOfficer ? 'console.payroll.publish' : requested ? 'console.payroll.confirm_publish' : 'console.payroll.request_publish';
  return html`<p>${t('console.payroll.publish_intro')}</p>${note}
${mine ? '' : html`<form method="post" action="${action}">${csrfField(view)}<div class="actions"><button type="submit">${t(label)}</button></div></form>`}`;
}

function deliveryPart(view: ConsoleView, input: PayrollRunInput): SafeHtml {
  const t = view.t;
  const lang = view.lang;
  const d = input.delivery;
  const { run } = input;
  if (run.status !== 'PUBLISHED') return html`<p class="muted">${t('console.payroll.not_published')}</p>`;
  const card = (key: string, n: number, bad = false) => html`<div class="card"><p class="muted">${t(key)}</p><p class="big${bad && n > 0 ? ' bad' : ''}">${formatCount(n, lang)}</p></div>`;
  return html`<div class="cards">${card('console.payroll.sent', d.sent)}${card('console.payroll.failed', d.failed, true)}${card('console.payroll.waiting', d.waiting)}${card('console.payroll.not_linked', d.notLinked, true)}</div>
<p class="muted">${t('console.payroll.not_linked_hint')}</p>
${d.failed > 0 ? html`<p>${t('console.payroll.resend_intro')}</p><form method="post" action="/hr/payroll/${run.period}/${run.kind}/resend">${csrfField(view)}<div class="actions"><button type="submit">${t('console.payroll.resend')}</button></div></form>` : ''}`;
}

/** One run: its status, publishing it (or asking / confirming under the two-officer rule), and how its notices were delivered. */
export function payrollRunPage(view: ConsoleView, input: PayrollRunInput): SafeHtml {
  const t = view.t;
  const { run } = input;
  const lang = view.lang;
  return page(view, {
    title: runTitle(view, run.period, run.kind),
    current: '/payroll',
    body: html`${messageBox(input.message)}
<p>${t('console.payroll.status')}: <strong>${runStatus(view, run)}</strong> · ${t('console.payroll.revision')} ${run.revision} · ${formatCount(run.slips, lang)} ${t('console.payroll.slips').toLowerCase()}</p>
<p class="muted">${t('console.payroll.imported')}: ${t('console.payroll.by_at', { name: run.importedBy, at: formatTimestamp(run.importedAt, lang) })}${run.publishedBy && run.publishedAt ? html` · ${t('console.payroll.published')}: ${t('console.payroll.by_at', { name: run.publishedBy, at: formatTimestamp(run.publishedAt, lang) })}` : ''}</p>
${run.status === 'DRAFT' ? publishForm(view, input) : ''}
<h2>${t('console.payroll.delivery')}</h2>${deliveryPart(view, input)}
<p><a href="/hr/payroll">${t('console.payroll.back')}</a></p>`,
  });
}
