import { defaultLeavePolicy } from '../../../domain/leave';
import { formatTimestamp } from '../../../domain/format';
import type { PolicyScopeView } from '../../../services/console/console-policy';
import type { PolicyPreview } from '../../../services/settings/leave-policy-settings';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';
import { formValue, GENERAL_FIELDS, isListField, POLICY_FIELDS, POLICY_FORM_TYPES, type PolicyField, typeFields, valueAt } from '../policy-form';

export interface PolicyPageInput {
  scope: PolicyScopeView;
  /** What was typed (a dry run, or a refused form): shown instead of the values in force. */
  typed?: ReadonlyMap<string, string> | undefined;
  preview?: PolicyPreview | undefined;
  /** Why a field was refused, by its path: shown next to it. */
  errors?: ReadonlyMap<string, string> | undefined;
  message?: { text: string; ok: boolean } | undefined;
}

const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

/** A rules value as a reader sees it: yes/no, a number, "never", or a list's entries (or "none"). */
export function shownValue(view: ConsoleView, value: unknown): string {
  if (value === null || value === undefined) return view.t('console.policy.never');
  if (typeof value === 'boolean') return view.t(value ? 'console.policy.yes' : 'console.policy.no');
  if (Array.isArray(value)) return value.length === 0 ? view.t('console.policy.empty_list') : value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The label of a path of the rules ("Cuti Tahunan: Pemberitahuan ..."); a path the form does not show, as it is. */
export function pathLabel(view: ConsoleView, path: string): string {
  const field = POLICY_FIELDS.find((f) => f.path === path);
  if (!field) return path;
  // A type's list lives outside types.<code> (annual.pppkEarlyReasons): its group names the type.
  const type = /^types\.([A-Z]+)\./.exec(path)?.[1] ?? POLICY_FORM_TYPES.find((code) => typeFields(code).some((f) => f.path === path));
  return type ? `${view.t(`leave.type.${type}`)}: ${view.t(field.label)}` : view.t(field.label);
}

/** A code with its label ("LOCAL (Libur daerah)"); a code the product does not know, as it is. */
function codeText(view: ConsoleView, field: PolicyField, code: unknown): string {
  const known = field.codes?.known.includes(String(code));
  return known ? `${String(code)} (${view.t(`${field.codes!.codeLabel}${String(code)}`)})` : String(code);
}

/** The regulation's (or the inherited) value of a field: a list one entry a line (the codes' labels are in the field's hint). */
function referenceValue(view: ConsoleView, value: unknown): SafeHtml | string {
  if (!Array.isArray(value) || value.length === 0) return shownValue(view, value);
  return html`${value.map((entry, i) => html`${i > 0 ? html`<br>` : ''}${String(entry)}`)}`;
}

/** How to type a list, and for codes, which codes there are. */
function listHint(view: ConsoleView, field: PolicyField): string {
  const how = view.t(field.kind === 'day_list' ? 'console.policy.list_hint_days' : 'console.policy.list_hint');
  const codes = field.codes ? ` ${view.t('console.policy.list_codes', { codes: field.codes.known.map((c) => codeText(view, field, c)).join(', ') })}` : '';
  return `${how}${codes}`;
}

function input(view: ConsoleView, field: PolicyField, value: string, error: string | undefined): SafeHtml {
  const id = fieldId(field.path);
  const described = [isListField(field) ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = html`${error ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
  if (isListField(field)) {
    const rows = Math.min(8, Math.max(3, value.split('\n').length + 1));
    return html`<textarea id="${id}" name="${field.path}" rows="${rows}" maxlength="1000"${aria}>${value}</textarea><br><span class="muted" id="${id}-hint">${listHint(view, field)}</span>`;
  }
  if (field.kind === 'bool') {
    return html`<select id="${id}" name="${field.path}"${aria}>${['1', '0'].map((v) => html`<option value="${v}"${v === value ? html` selected` : ''}>${view.t(v === '1' ? 'console.policy.yes' : 'console.policy.no')}</option>`)}</select>`;
  }
  const never = field.kind === 'days_or_never';
  return html`<input id="${id}" name="${field.path}" type="number" inputmode="numeric" min="0" max="9999" value="${value}"${never ? html` placeholder="${view.t('console.policy.never')}"` : html` required`}${aria}>`;
}

function fieldRow(view: ConsoleView, input_: PolicyPageInput, field: PolicyField, label: string): SafeHtml {
  const { scope } = input_;
  const own = valueAt(scope.overrides, field.path) !== undefined;
  const typed = input_.typed?.get(field.path) ?? formValue(valueAt(scope.effective, field.path));
  const regulation = valueAt(defaultLeavePolicy, field.path);
  const inherited = valueAt(scope.inherited, field.path);
  const error = input_.errors?.get(field.path);
  return html`<tr><th scope="row"><label for="${fieldId(field.path)}">${label}</label>${own ? html`<br><span class="muted">${view.t(scope.unit ? 'console.policy.set_here_unit' : 'console.policy.set_here_city')}</span>` : ''}</th>
<td>${referenceValue(view, regulation)}</td>${scope.unit ? html`<td>${referenceValue(view, inherited)}</td>` : ''}<td>${input(view, field, typed, error)}${error ? html`<br><span class="bad" id="${fieldId(field.path)}-error">${error}</span>` : ''}</td></tr>`;
}

function group(view: ConsoleView, input_: PolicyPageInput, title: string, fields: ReadonlyArray<{ field: PolicyField; label: string }>): SafeHtml {
  const t = view.t;
  return html`<div class="scroll"><table><caption>${title}</caption>
<thead><tr><th scope="col">${t('console.policy.value')}</th><th scope="col">${t('console.policy.regulation')}</th>${input_.scope.unit ? html`<th scope="col">${t('console.policy.inherited')}</th>` : ''}<th scope="col">${t(input_.scope.unit ? 'console.policy.local_unit' : 'console.policy.local_city')}</th></tr></thead>
<tbody>${fields.map((f) => fieldRow(view, input_, f.field, f.label))}</tbody></table></div>`;
}

function previewBlock(view: ConsoleView, preview: PolicyPreview): SafeHtml {
  const t = view.t;
  if (preview.changes.length === 0) return html`<section aria-labelledby="dry-run"><h2 id="dry-run">${t('console.policy.dry_run')}</h2><p class="notice" role="status">${t('console.policy.no_change')}</p></section>`;
  return html`<section aria-labelledby="dry-run"><h2 id="dry-run">${t('console.policy.dry_run')}</h2>
<p class="notice" role="status">${t('console.policy.affected', { units: preview.affected.units, employees: preview.affected.employees })}</p>
<div class="scroll"><table><caption class="muted">${t('console.policy.changes')}</caption>
<thead><tr><th scope="col">${t('console.policy.value')}</th><th scope="col">${t('console.policy.from')}</th><th scope="col">${t('console.policy.to')}</th></tr></thead>
<tbody>${preview.changes.map((c) => html`<tr><td>${pathLabel(view, c.path)}</td><td>${shownValue(view, c.from)}</td><td><strong>${shownValue(view, c.to)}</strong></td></tr>`)}</tbody></table></div>
<p>${t('console.policy.confirm_hint')}</p></section>`;
}

function historyBlock(view: ConsoleView, scope: PolicyScopeView): SafeHtml {
  const t = view.t;
  if (scope.history.length === 0) return html`<p>${t('console.policy.history_none')}</p>`;
  return html`<ol class="timeline">${scope.history.map((h) => html`<li><strong>${formatTimestamp(h.at, view.lang)}</strong> · ${h.by ?? '–'}${h.channel ? html` <span class="muted">(${h.channel})</span>` : ''}
${h.affected ? html`<br><span class="muted">${t('console.policy.affected', { units: h.affected.units, employees: h.affected.employees })}</span>` : ''}
<ul>${h.changes.map((c) => html`<li>${pathLabel(view, c.path)}: ${shownValue(view, c.from)} → ${shownValue(view, c.to)}</li>`)}</ul></li>`)}</ol>`;
}

/**
 * The leave policy (HR): the local values per leave type with the
 * regulation's default (and, for a unit, what it inherits) beside each, a
 * dry run of a change (what changes, for how many units and employees)
 * before saving, and the history of saved changes.
 */
export function policyPage(view: ConsoleView, input_: PolicyPageInput): SafeHtml {
  const t = view.t;
  const { scope } = input_;
  const unitCode = scope.unit?.code ?? '';
  const picker = html`<form class="filters" method="get" action="/hr/policy">
<div><label for="unit">${t('console.policy.scope')}</label><select id="unit" name="unit"><option value="">${t('console.policy.city')}</option>${scope.units.map((u) => html`<option value="${u.code}"${u.code === unitCode ? html` selected` : ''}>${u.code} · ${u.name}</option>`)}</select></div>
<div><button type="submit" class="secondary">${t('console.policy.show')}</button></div></form>`;
  const groups = [
    ...POLICY_FORM_TYPES.map((type) => group(view, input_, t(`leave.type.${type}`), typeFields(type).map((field) => ({ field, label: t(field.label) })))),
    group(view, input_, t('console.policy.general'), GENERAL_FIELDS.map((field) => ({ field, label: t(field.label) }))),
  ];
  const form = html`<form method="post" action="/hr/policy/preview">${csrfField(view)}<input type="hidden" name="unit" value="${unitCode}">
${groups}
<div class="actions"><button type="submit"${input_.preview ? html` class="secondary"` : ''}>${t('console.policy.preview')}</button>
${input_.preview && input_.preview.changes.length > 0 ? html`<button type="submit" formaction="/hr/policy">${t('console.policy.save')}</button>` : ''}</div></form>`;
  return page(view, {
    title: t('console.policy.title'),
    current: '/policy',
    body: html`${input_.message ? html`<p class="${input_.message.ok ? 'notice' : 'error'}" role="${input_.message.ok ? 'status' : 'alert'}">${input_.message.text}</p>` : ''}
<p>${t('console.policy.intro')}</p>${picker}
<h2>${scope.unit ? t('console.policy.for_unit', { name: scope.unit.name, code: scope.unit.code }) : t('console.policy.for_city')}</h2>
${input_.preview ? previewBlock(view, input_.preview) : ''}${form}
<h2>${t('console.policy.history')}</h2>${historyBlock(view, scope)}
<p><a href="/hr/org">${t('console.policy.org_link')}</a></p>`,
  });
}
