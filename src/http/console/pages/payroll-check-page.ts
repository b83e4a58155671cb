import { formatCount, formatRupiah } from '../../../domain/format';
import type { PayrollImportOutcome } from '../../../services/payslips/import-payroll-month';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';
import { messageBox, type PageMessage, runTitle } from './payroll-page';

export interface CheckedUpload {
  month: string;
  kind: 'GAJI' | 'TPP';
  /** The checked file kept on the server for the confirmation (stashPayrollUpload); none when it was refused. */
  token?: string | undefined;
}

/** Shown at most: a file with thousands of bad rows lists the first ones. */
const ERRORS_SHOWN = 500;

function totalsTable(view: ConsoleView, outcome: Extract<PayrollImportOutcome, { ok: true }>): SafeHtml {
  const t = view.t;
  const lang = view.lang;
  const row = (name: SafeHtml, n: { slips: number; earnings: number; deductions: number; net: number }) =>
    html`<tr>${name}<td>${formatCount(n.slips, lang)}</td><td>${formatRupiah(n.earnings)}</td><td>${formatRupiah(n.deductions)}</td><td>${formatRupiah(n.net)}</td></tr>`;
  return html`<div class="scroll"><table><caption class="muted">${t('console.payroll.agencies')}</caption>
<thead><tr><th scope="col">${t('console.payroll.agency')}</th><th scope="col">${t('console.payroll.slips')}</th><th scope="col">${t('console.payroll.earnings')}</th><th scope="col">${t('console.payroll.deductions')}</th><th scope="col">${t('console.payroll.net')}</th></tr></thead>
<tbody>${outcome.agencies.map((a) => row(html`<td>${a.name}<br><span class="muted">${a.code}</span></td>`, a))}</tbody>
<tfoot>${row(html`<th scope="row">${t('console.payroll.total')}</th>`, { slips: outcome.slips, ...outcome.totals })}</tfoot></table></div>`;
}

/** The dry-run of an upload: the totals per agency and a button to import it, or every row refused and why. */
export function payrollCheckPage(view: ConsoleView, upload: CheckedUpload, outcome: PayrollImportOutcome, message?: PageMessage): SafeHtml {
  const t = view.t;
  const run = runTitle(view, upload.month, upload.kind);
  const back = html`<p><a href="/hr/payroll">${t('console.payroll.back')}</a></p>`;
  if (!outcome.ok) {
    return page(view, {
      title: t('console.payroll.check_title', { run }),
      current: '/payroll',
      body: html`${messageBox(message)}<p class="error" role="alert">${t('console.payroll.rejected', { count: formatCount(outcome.errors.length, view.lang) })}</p>
<div class="scroll"><table><caption class="muted">${t('console.payroll.errors')}</caption>
<thead><tr><th scope="col">${t('console.payroll.line')}</th><th scope="col">${t('console.payroll.problem')}</th></tr></thead>
<tbody>${outcome.errors.slice(0, ERRORS_SHOWN).map((e) => html`<tr><td>${e.line || '–'}</td><td>${e.message}</td></tr>`)}</tbody></table></div>${back}`,
    });
  }
  return page(view, {
    title: t('console.payroll.check_title', { run }),
    current: '/payroll',
    body: html`${messageBox(message)}<p class="notice" role="status">${t('console.payroll.checked', { slips: formatCount(outcome.slips, view.lang), lines: formatCount(outcome.lines, view.lang), revision: outcome.revision })}</p>
${outcome.replaced > 0 ? html`<p>${t('console.payroll.replaces', { count: formatCount(outcome.replaced, view.lang) })}</p>` : ''}
${totalsTable(view, outcome)}
<form method="post" action="/hr/payroll/import">${csrfField(view)}<input type="hidden" name="upload" value="${upload.token ?? ''}">
<div class="actions"><button type="submit">${t('console.payroll.confirm_import', { run })}</button></div></form>${back}`,
  });
}
