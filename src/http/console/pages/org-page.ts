import { formatTimestamp } from '../../../domain/format';
import { type OfficialInForce, OFFICIAL_TYPES, type OrgUnitLine } from '../../../services/console/org-officials';
import type { ConsoleView } from '../console-view';
import { html, hrHref, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

type Message = { text: string; ok: boolean } | undefined;

/** The form field of a type's official: `official-ANY` for "*", else `official-<code>`. */
export const officialField = (type: string) => `official-${type === '*' ? 'ANY' : type}`;

const typeName = (view: ConsoleView, type: string) => (type === '*' ? view.t('console.org.any_type') : view.t(`leave.type.${type}`));

function sourceText(view: ConsoleView, o: OfficialInForce): string {
  if (o.source === 'own') return view.t('console.org.source.own');
  if (o.source === 'city' || !o.from) return view.t('console.org.source.city');
  return view.t(`console.org.source.${o.source}`, { unit: o.from.name });
}

function inForceList(view: ConsoleView, unit: OrgUnitLine): SafeHtml {
  return html`<ul>${unit.inForce.map((o) => html`<li>${o.type}: ${o.official ? o.official.name : html`<span class="bad">${view.t('console.org.nobody')}</span>`} <span class="muted">(${sourceText(view, o)})</span></li>`)}</ul>`;
}

function message(m: Message): SafeHtml | '' {
  return m ? html`<p class="${m.ok ? 'notice' : 'error'}" role="${m.ok ? 'status' : 'alert'}">${m.text}</p>` : '';
}

/** The unit tree (HR): each unit with its head and who decides each leave type for its staff, and where that comes from. */
export function orgPage(view: ConsoleView, input: { units: readonly OrgUnitLine[]; cityOfficial: { nip: string; name: string } | null; authority?: SafeHtml; message?: Message }): SafeHtml {
  const t = view.t;
  const rows = input.units.map((u) => html`<tr>
<td>${u.depth > 0 ? html`<span class="muted" aria-hidden="true">${'— '.repeat(u.depth)}</span>` : ''}<a href="${hrHref(`/org/${encodeURIComponent(u.code)}`)}">${u.name}</a><br><span class="muted">${u.code}</span></td>
<td>${u.head ? html`${u.head.name}<br><span class="muted">${u.head.nip}</span>` : html`<span class="muted">${t('console.org.no_head')}</span>`}</td>
<td>${inForceList(view, u)}</td></tr>`);
  return page(view, {
    title: t('console.org.title'),
    current: '/org',
    body: html`${message(input.message)}<p>${t('console.org.intro')}</p>
<p>${t('console.org.city_official', { name: input.cityOfficial ? `${input.cityOfficial.name} (${input.cityOfficial.nip})` : t('console.org.nobody') })}</p>
<p><a href="/hr/delegations">${t('console.org.delegations_link')}</a> · <a href="/hr/policy">${t('console.org.policy_link')}</a></p>
<div class="scroll"><table><caption class="muted">${t('console.org.tree')}</caption>
<thead><tr><th scope="col">${t('console.org.unit')}</th><th scope="col">${t('console.org.head')}</th><th scope="col">${t('console.org.officials')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>
${input.authority ?? ''}`,
  });
}

/** One unit: who decides each type now, and the form naming the unit's own official per type (empty: inherit). */
export function orgUnitPage(view: ConsoleView, unit: OrgUnitLine, extra: { typed?: ReadonlyMap<string, string> | undefined; message?: Message } = {}): SafeHtml {
  const t = view.t;
  const ownOf = (type: string) => unit.own.find((o) => o.type === type);
  const inForceOf = (type: string) => unit.inForce.find((o) => o.type === type);
  const rows = OFFICIAL_TYPES.map((type) => {
    const own = ownOf(type);
    const now = inForceOf(type);
    const field = officialField(type);
    return html`<tr><th scope="row"><label for="${field}">${typeName(view, type)}</label></th>
<td>${now ? html`${now.official?.name ?? t('console.org.nobody')} <span class="muted">(${sourceText(view, now)})</span>` : html`<span class="muted">–</span>`}</td>
<td><input id="${field}" name="${field}" inputmode="numeric" pattern="\\d{18}" placeholder="${t('console.org.inherit')}" value="${extra.typed?.get(field) ?? own?.official.nip ?? ''}">
${own ? html`<br><span class="muted">${own.official.name}${own.active ? '' : html` <span class="bad">${t('console.org.inactive')}</span>`} · ${t('console.org.set_by', { name: own.updatedBy, at: formatTimestamp(own.updatedAt, view.lang) })}</span>` : ''}</td></tr>`;
  });
  return page(view, {
    title: t('console.org.unit_title', { name: unit.name }),
    current: '/org',
    body: html`${message(extra.message)}<p><a href="/hr/org">${t('console.org.back')}</a></p>
<p>${t('console.org.head')}: ${unit.head ? `${unit.head.name} (${unit.head.nip})` : t('console.org.no_head')}${unit.parent ? html` · ${t('console.org.parent')}: <a href="${hrHref(`/org/${encodeURIComponent(unit.parent.code)}`)}">${unit.parent.name}</a>` : ''}</p>
<p>${t('console.org.edit_intro')}</p>
<form method="post" action="${hrHref(`/org/${encodeURIComponent(unit.code)}/officials`)}">${csrfField(view)}
<div class="scroll"><table><caption class="muted">${t('console.org.officials')}</caption>
<thead><tr><th scope="col">${t('console.org.type')}</th><th scope="col">${t('console.org.in_force')}</th><th scope="col">${t('console.org.own_nip')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<div class="actions"><button type="submit">${t('console.org.save')}</button></div></form>
<p><a href="/hr/delegations">${t('console.org.delegations_link')}</a></p>`,
  });
}
