import { formatDayRange, formatDays, formatInstant } from '../../../domain/format';
import type { consoleRequestDetail } from '../../../services/console/console-requests';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

type Detail = Awaited<ReturnType<typeof consoleRequestDetail>>;

const INLINE = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif']);

function steps(view: ConsoleView, d: Detail): SafeHtml {
  const t = view.t;
  return html`<ol>${d.steps.map((s) => {
    const who = s.delegate ? `${s.approver.name} → ${s.delegate.name}` : s.approver.name;
    const decided = s.decision && s.decidedAt
      ? t('console.request.decided', {
          decision: t(`console.request.decision.${s.decision}`), name: s.decidedBy?.name ?? who, at: formatInstant(s.decidedAt, view.lang),
          via: s.decidedVia ? t('console.request.via', { channel: s.decidedVia }) : '',
        })
      : t(`console.request.step_status.${s.status}`);
    return html`<li><strong>${t('console.request.step', { order: s.order, role: t(`console.request.step_role.${s.role}`) })}</strong>: ${who}<br>${decided}
${s.note ? html`<br>${t('console.request.note', { note: s.note })}` : ''}</li>`;
  })}</ol>`;
}

function documents(view: ConsoleView, d: Detail): SafeHtml {
  const t = view.t;
  if (d.documents.length === 0) return html`<p class="muted">${t('console.request.no_documents')}</p>`;
  return html`<ul>${d.documents.map((doc) => {
    const href = hrHref(`/requests/${encodeURIComponent(d.ref)}/documents/${doc.id}`);
    return html`<li>${INLINE.has(doc.mimeType) ? html`<a href="${href}" target="_blank" rel="noopener">${t('console.request.view', { name: doc.fileName })}</a>` : doc.fileName}
 · <a href="${hrHref(`/requests/${encodeURIComponent(d.ref)}/documents/${doc.id}`, { download: '1' })}">${t('console.request.download')}</a>
 <span class="muted">(${doc.kind}, ${Math.ceil(doc.size / 1024)} KB, ${formatInstant(doc.createdAt, view.lang)})</span></li>`;
  })}</ul>`;
}

/** The request's leave form and standing letter (printed on demand), when the person may read them. */
function papers(view: ConsoleView, d: Detail): SafeHtml {
  if (!d.papers.form) return html``;
  const t = view.t;
  const base = `/requests/${encodeURIComponent(d.ref)}`;
  const link = (file: string, key: string) =>
    html`<li><a href="${hrHref(`${base}/${file}`)}" target="_blank" rel="noopener">${t(key)}</a> · <a href="${hrHref(`${base}/${file}`, { download: '1' })}">${t('console.request.download')}</a></li>`;
  return html`<section aria-labelledby="papers"><h2 id="papers">${t('console.request.papers')}</h2>
<ul>${link('form.pdf', 'console.request.form')}${d.papers.letter ? link('letter.pdf', 'console.request.letter') : html`<li class="muted">${t('console.request.no_letter')}</li>`}</ul></section>`;
}

function timeline(view: ConsoleView, d: Detail): SafeHtml {
  return html`<ol class="timeline">${d.audit.map((a) => html`<li>${formatInstant(a.at, view.lang)} · ${a.actorName ?? a.actorType}${a.channel ? ` (${a.channel})` : ''}: <code>${a.action}</code></li>`)}</ol>`;
}

function decideForm(view: ConsoleView, d: Detail): SafeHtml {
  if (!d.decidable) return html``;
  const t = view.t;
  return html`<section aria-labelledby="decide"><h2 id="decide">${t('console.request.decide')}</h2>
<form method="post" action="${hrHref(`/requests/${encodeURIComponent(d.ref)}/decide`)}" class="card">${csrfField(view)}
<label for="note">${t('console.request.decide_note')}</label><textarea id="note" name="note" rows="3" maxlength="300"></textarea>
<div class="actions"><button type="submit" name="decision" value="APPROVE">${t('console.request.approve')}</button>
<button type="submit" name="decision" value="DEFER" class="secondary">${t('console.request.defer')}</button>
<button type="submit" name="decision" value="REJECT" class="danger">${t('console.request.reject')}</button></div>
</form></section>`;
}

/** One request: facts, balance, steps, documents, timeline, and the decision form for whoever decides it now. */
export function requestPage(view: ConsoleView, d: Detail, message?: { text: string; ok: boolean }): SafeHtml {
  const t = view.t;
  const b = d.balance;
  return page(view, {
    title: t('console.request.title', { ref: d.ref }),
    current: '/requests',
    body: html`${message ? html`<p class="${message.ok ? 'notice' : 'error'}" role="${message.ok ? 'status' : 'alert'}">${message.text}</p>` : ''}
<p><a href="/hr/requests">${t('console.request.back')}</a></p>
<section aria-labelledby="facts" class="card"><h2 id="facts">${t('console.request.facts')}</h2>
<p><strong>${d.employee.name}</strong> · NIP ${d.employee.nip} · ${d.employee.unit.name}</p>
<p>${t(`leave.type.${d.typeCode}`)} · ${formatDayRange(d.startDate, d.endDate, view.lang)} · ${formatDays(d.days, view.lang)} · <strong>${t(`leave.status.${d.status}`)}</strong></p>
<p>${t('console.request.reason')}: ${d.reason}</p><p>${t('console.request.address')}: ${d.address}</p>
<p class="muted">${t('console.request.submitted')} ${formatInstant(d.createdAt, view.lang)}${d.proxy ? ` · ${t('console.request.proxy', { name: d.submittedBy.name })}` : ''}</p>
<p>${t('console.request.balance', { year: b.year, available: b.available, used: b.used, reserved: b.reserved })}</p></section>
${decideForm(view, d)}
<section aria-labelledby="steps"><h2 id="steps">${t('console.request.steps')}</h2>${steps(view, d)}</section>
${papers(view, d)}
<section aria-labelledby="docs"><h2 id="docs">${t('console.request.documents')}</h2>${documents(view, d)}</section>
<section aria-labelledby="timeline"><h2 id="timeline">${t('console.request.timeline')}</h2>${timeline(view, d)}</section>`,
  });
}
