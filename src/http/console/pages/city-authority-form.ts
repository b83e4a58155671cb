import { LEAVE_TYPE_CODES } from '../../../domain/leave';
import type { CityAuthoritySettings } from '../../../services/policy/city-authority';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField } from '../layout';

/** The form field of the unit a leave type goes up to: `above-<code>` (empty: the agency head decides). */
export const aboveField = (type: string) => `above-${type}`;

/** The form as HR typed it, shown again when it is refused. */
export interface TypedAuthority {
  above: ReadonlyMap<string, string>;
  grantor: string;
}

/**
 * The city's authority settings as a form (HR): per leave type the unit whose
 * head decides it instead of the agency head, and who grants the power; the
 * same settings as GET/POST /admin/settings/authority.
 */
export function cityAuthorityForm(view: ConsoleView, input: { settings: CityAuthoritySettings; units: ReadonlyArray<{ code: string; name: string }>; typed?: TypedAuthority | undefined }): SafeHtml {
  const t = view.t;
  const chosen = (type: string) => input.typed?.above.get(aboveField(type)) ?? input.settings.aboveAgency[type as keyof CityAuthoritySettings['aboveAgency']] ?? '';
  const rows = LEAVE_TYPE_CODES.map((type) => {
    const field = aboveField(type);
    const current = chosen(type);
    const known = current === '' || input.units.some((u) => u.code === current);
    return html`<tr><th scope="row"><label for="${field}">${t(`leave.type.${type}`)}</label></th>
<td><select id="${field}" name="${field}"><option value="">${t('console.org.authority.agency_head')}</option>${known ? '' : html`<option value="${current}" selected>${current}</option>`}${input.units.map((u) => html`<option value="${u.code}"${u.code === current ? html` selected` : ''}>${t('console.org.authority.head_of', { unit: `${u.code} · ${u.name}` })}</option>`)}</select></td></tr>`;
  });
  return html`<h2 id="authority">${t('console.org.authority.title')}</h2>
<p>${t('console.org.authority.intro')}</p>
<form method="post" action="/hr/org/authority">${csrfField(view)}
<div class="scroll"><table><caption class="muted">${t('console.org.authority.above')}</caption>
<thead><tr><th scope="col">${t('console.org.type')}</th><th scope="col">${t('console.org.authority.decides')}</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<p><label for="grantor">${t('console.org.authority.grantor')}</label><br><input id="grantor" name="grantor" required minlength="3" maxlength="100" value="${input.typed?.grantor ?? input.settings.grantor}"></p>
<div class="actions"><button type="submit">${t('console.org.authority.save')}</button></div></form>`;
}
