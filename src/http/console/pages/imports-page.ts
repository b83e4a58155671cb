import { formatCount } from '../../../domain/format';
import type { ImportRowChange, ImportRowError, ImportSummary } from '../../../services/imports/import-types';
import type { ColumnSpec } from '../../../services/imports/read-import-rows';
import { CONSOLE_IMPORT_KINDS, type ConsoleImportKind } from '../../../services/console/console-imports';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

/** How many refused lines and changes a page lists. */
export const ROWS_SHOWN = 500;

export type ImportsPageState =
  | { step: 'upload' }
  | { step: 'refused'; errors: readonly ImportRowError[] }
  | { step: 'preview'; kind: ConsoleImportKind; fileName: string; token: string; summary: ImportSummary; changes: readonly ImportRowChange[] };

export interface ImportsPageInput {
  state: ImportsPageState;
  columns: Readonly<Record<ConsoleImportKind, ColumnSpec>>;
  /** What the upload form starts with. */
  typed: { kind?: ConsoleImportKind | undefined; year: number; prefillNational?: boolean };
  message?: { text: string; ok: boolean } | undefined;
}

function uploadForm(view: ConsoleView, input: ImportsPageInput): SafeHtml {
  const t = view.t;
  const { typed } = input;
  return html`<form class="filters" method="post" action="/hr/imports/preview" enctype="multipart/form-data">${csrfField(view)}
<div><label for="kind">${t('console.imports.kind')}</label><select id="kind" name="kind" required>${CONSOLE_IMPORT_KINDS.map((k) => html`<option value="${k}"${k === typed.kind ? html` selected` : ''}>${t(`console.imports.kind.${k}`)}</option>`)}</select></div>
<div><label for="file">${t('console.imports.file')}</label><input id="file" name="file" type="file" accept=".csv,text/csv" required></div>
<div><label for="year">${t('console.imports.year')}</label><input id="year" name="year" type="number" min="2000" max="2100" value="${typed.year}"></div>
<div class="check"><label><input type="checkbox" name="prefillNational" value="1"${typed.prefillNational ? html` checked` : ''}>${t('console.imports.prefill')}</label></div>
<div><button type="submit">${t('console.imports.preview')}</button></div>
</form>
<details><summary>${t('console.imports.columns')}</summary><ul>${CONSOLE_IMPORT_KINDS.map((k) => {
    const spec = input.columns[k];
    return html`<li>${t('console.imports.columns_of', { kind: t(`console.imports.kind.${k}`), required: spec.required.join(', '), optional: spec.fields.filter((f) => !spec.required.includes(f)).join(', ') || '–' })}</li>`;
  })}</ul></details>`;
}

function refusedList(view: ConsoleView, errors: readonly ImportRowError[]): SafeHtml {
  const t = view.t;
  const shown = errors.slice(0, ROWS_SHOWN);
  return html`<div class="error" role="alert"><p>${t('console.imports.refused', { count: formatCount(errors.length, view.lang) })}</p>
<div class="scroll"><table><thead><tr><th scope="col">${t('console.imports.line')}</th><th scope="col">${t('console.imports.problem')}</th></tr></thead>
<tbody>${shown.map((e) => html`<tr><td>${e.line}</td><td>${t(e.code, e.params)}</td></tr>`)}</tbody></table></div>
${errors.length > shown.length ? html`<p>${t('console.imports.refused_more', { count: errors.length - shown.length })}</p>` : ''}</div>`;
}

function preview(view: ConsoleView, state: Extract<ImportsPageState, { step: 'preview' }>): SafeHtml {
  const t = view.t;
  const shown = state.changes.slice(0, ROWS_SHOWN);
  const table = state.changes.length === 0 ? html`<p>${t('console.imports.nothing')}</p>` : html`<div class="scroll"><table>
<thead><tr><th scope="col">${t('console.imports.line')}</th><th scope="col">${t('console.imports.key')}</th><th scope="col">${t('console.imports.action')}</th><th scope="col">${t('console.imports.fields')}</th></tr></thead>
<tbody>${shown.map((c) => html`<tr><td>${c.line ?? '–'}</td><td>${c.key}</td><td>${t(`console.imports.action.${c.action}`)}</td><td>${c.fields?.join(', ') ?? ''}</td></tr>`)}</tbody></table></div>
${state.changes.length > shown.length ? html`<p>${t('console.imports.changes_more', { count: state.changes.length - shown.length })}</p>` : ''}`;
  return html`<section aria-labelledby="preview-title"><h2 id="preview-title">${t('console.imports.preview_of', { kind: t(`console.imports.kind.${state.kind}`), file: state.fileName })}</h2>
<p class="notice" role="status">${t('console.imports.summary', { ...state.summary })}</p>${table}
<form method="post" action="/hr/imports/confirm">${csrfField(view)}<input type="hidden" name="upload" value="${state.token}">
<p class="muted">${t('console.imports.confirm_hint')}</p>
<div class="actions"><button type="submit">${t('console.imports.confirm')}</button><a href="/hr/imports">${t('console.imports.cancel')}</a></div></form></section>`;
}

/** Imports: the upload form with the known columns; after an upload, either every refused line with its reason or the dry run with the confirm button. */
export function importsPage(view: ConsoleView, input: ImportsPageInput): SafeHtml {
  const t = view.t;
  const { state } = input;
  return page(view, {
    title: t('console.imports.title'),
    current: '/imports',
    body: html`${input.message ? html`<p class="${input.message.ok ? 'notice' : 'error'}" role="${input.message.ok ? 'status' : 'alert'}">${input.message.text}</p>` : ''}
${state.step === 'refused' ? refusedList(view, state.errors) : ''}
${state.step === 'preview' ? preview(view, state) : html`<p>${t('console.imports.intro')}</p>${uploadForm(view, input)}`}`,
  });
}
