import { formatInstant } from '../../../domain/format';
import type { ProfileChangeView } from '../../../services/profile/profile-change-view';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

/** HR's queue of profile changes: old and new value side by side, approve or reject with a note. */
export function profileChangesPage(view: ConsoleView, items: readonly ProfileChangeView[], message?: { text: string; ok: boolean }): SafeHtml {
  const t = view.t;
  const cards = items.map((c) => html`<article class="card" aria-labelledby="pc-${c.id}">
<h2 id="pc-${c.id}">#${c.id} · ${c.employee.name}</h2>
<p class="muted">NIP ${c.employee.nip} · ${c.employee.unit} · ${t('console.profile.asked', { at: formatInstant(c.createdAt, view.lang) })}</p>
<div class="scroll"><table><thead><tr><th scope="col">${t('console.profile.field')}</th><th scope="col">${t('console.profile.old')}</th><th scope="col">${t('console.profile.new')}</th></tr></thead>
<tbody><tr><td>${t(`profile.field.${c.field}`)}</td><td>${c.oldValue ?? '–'}</td><td><strong>${c.newValue}</strong></td></tr></tbody></table></div>
<form method="post" action="/hr/profile-changes/${c.id}">${csrfField(view)}
<label for="note-${c.id}">${t('console.profile.note')}</label><input id="note-${c.id}" name="note" maxlength="300" autocomplete="off">
<div class="actions"><button type="submit" name="decision" value="approve">${t('console.profile.approve')}</button>
<button type="submit" name="decision" value="reject" class="danger">${t('console.profile.reject')}</button></div></form>
</article>`);
  return page(view, {
    title: t('console.profile.title'),
    current: '/profile-changes',
    body: html`${message ? html`<p class="${message.ok ? 'notice' : 'error'}" role="${message.ok ? 'status' : 'alert'}">${message.text}</p>` : ''}
${items.length === 0 ? html`<p>${t('console.profile.empty')}</p>` : html`<div class="cards">${cards}</div>`}`,
  });
}
