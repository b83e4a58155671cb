import { formatCount, formatPeriod, formatTimestamp } from '../../../domain/format';
import type { PayrollPeriodView } from '../../../services/payslips/list-payroll-periods';
import type { PayrollPublishRule } from '../../../services/payslips/payroll-publish-rule';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

export type PageMessage = { text: string; ok: boolean } | undefined;

/** "Gaji Oktober 2026", "TPP Oktober 2026". */
export function runTitle(view: ConsoleView, period: string, kind: 'GAJI' | 'TPP'): string {
  return view.t('console.payroll.run_title', { kind: view.t(`console.payroll.kind.${kind}`), month: formatPeriod(period, view.lang) });
}

export function runStatus(view: ConsoleView, run: Pick<PayrollPeriodView, 'status' | 'publishRequestedBy'>): string {
  return view.t(`console.payroll.status.${run.status === 'DRAFT' && run.publishRequestedBy ? 'REQUESTED' : run.status}`);
}

export function messageBox(message: PageMessage): SafeHtml | '' {
  return message ? html`<p class="${message.ok ? 'notice' : 'error'}" role="${message.ok ? 'status' : 'alert'}">${message.text}</p>` : '';
}

/** The upload form: month, kind, the file and whether it may replace a published month; checked first (dry-run). */
function uploadForm(view: ConsoleView, typed: { month?: string; kind?: string }): SafeHtml {
  const t = view.t;
  return html`<h2>${t('console.payroll.upload')}</h2>
<form class="filters" method="post" action="/hr/payroll/check" enctype="multipart/form-data">${csrfField(view)}
<div><label for="month">${t('console.payroll.month')}</label><input id="month" name="month" type="month" required pattern="\\d{4}-\\d{2}" placeholder="2026-11" value="${typed.month ?? ''}"></div>
<div><label for="kind">${t('console.payroll.kind')}</label><select id="kind" name="kind">${(['GAJI', 'TPP'] as const).map((k) => html`<option value="${k}"${typed.kind === k ? html` selected` : ''}>${t(`console.payroll.kind.${k}`)}</option>`)}</select></div>
<div><label for="file">${t('console.payroll.file')}</label><input id="file" name="file" type="file" required accept=".csv,.json,text/csv,application/json"></div>
<div class="check"><label><input type="checkbox" name="republish" value="1"> ${t('console.payroll.republish')}</label></div>
<div><button type="submit">${t('console.payroll.check')}</button></div>
</form>`;
}

function ruleForm(view: ConsoleView, rule: PayrollPublishRule): SafeHtml {
  const t = view.t;
  return html`<h2>${t('console.payroll.rule')}</h2>
<form method="post" action="/hr/payroll/publish-rule">${csrfField(view)}
<div class="check"><label><input type="checkbox" name="secondOfficer" value="1"${rule.secondOfficer ? html` checked` : ''}> ${t('console.payroll.rule_second')}</label></div>
<div class="actions"><button type="submit" class="secondary">${t('console.payroll.rule_save')}</button></div></form>`;
}

/** Payroll: the imported runs (month, kind, status, revision, slips), the upload form and the publishing rule. */
export function payrollPage(view: ConsoleView, input: { runs: readonly PayrollPeriodView[]; rule: PayrollPublishRule; message?: PageMessage; typed?: { month?: string; kind?: string } }): SafeHtml {
  const t = view.t;
  const lang = view.lang;
  const byAt = (name: string | null, at: Date | null) => (name && at ? t('console.payroll.by_at', { name, at: formatTimestamp(at, lang) }) : '–');
  const list = input.runs.length === 0 ? html`<p>${t('console.payroll.none')}</p>` : html`<div class="scroll"><table><caption class="muted">${t('console.payroll.runs')}</caption>
<thead><tr><th scope="col">${t('console.payroll.month')}</th><th scope="col">${t('console.payroll.kind')}</th><th scope="col">${t('console.payroll.status')}</th><th scope="col">${t('console.payroll.revision')}</th><th scope="col">${t('console.payroll.slips')}</th><th scope="col">${t('console.payroll.imported')}</th><th scope="col">${t('console.payroll.published')}</th><th scope="col"></th></tr></thead>
<tbody>${input.runs.map((r) => html`<tr><td>${formatPeriod(r.period, lang)}</td><td>${t(`console.payroll.kind.${r.kind}`)}</td><td>${runStatus(view, r)}</td><td>${r.revision}</td><td>${formatCount(r.slips, lang)}</td>
<td>${byAt(r.importedBy, r.importedAt)}</td><td>${byAt(r.publishedBy, r.publishedAt)}</td><td><a href="${hrHref(`/payroll/${r.period}/${r.kind}`)}" aria-label="${t('console.payroll.open')}: ${runTitle(view, r.period, r.kind)}">${t('console.payroll.open')}</a></td></tr>`)}</tbody></table></div>`;
  return page(view, {
    title: t('console.payroll.title'),
    current: '/payroll',
    body: html`${messageBox(input.message)}<p>${t('console.payroll.intro')}</p>
${uploadForm(view, input.typed ?? {})}
<h2>${t('console.payroll.runs')}</h2>${list}
${ruleForm(view, input.rule)}`,
  });
}
