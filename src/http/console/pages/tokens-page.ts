import { formatTimestamp } from '../../../domain/format';
import { ALL_ADMIN_SCOPES } from '../../../services/admin/admin-scopes';
import type { AdminTokenInfo } from '../../../services/admin/list-admin-tokens';
import type { CreatedAdminToken } from '../../../services/admin/create-admin-token';
import type { ConsoleView } from '../console-view';
import { html, type SafeHtml } from '../html';
import { csrfField, page } from '../layout';

export interface TokensInput {
  tokens: readonly AdminTokenInfo[];
  now: Date;
  /** The token just made: its secret is on this page only. */
  created?: CreatedAdminToken | undefined;
  message?: { text: string; ok: boolean } | undefined;
  /** What was typed, kept when the form is refused. */
  typed?: { name?: string; ownerNip?: string; days?: string; scopes?: readonly string[] } | undefined;
}

function state(view: ConsoleView, token: AdminTokenInfo, now: Date): SafeHtml {
  if (token.revokedAt) return html`<span class="muted">${view.t('console.tokens.revoked_at', { at: formatTimestamp(token.revokedAt, view.lang) })}</span>`;
  if (token.expiresAt && token.expiresAt <= now) return html`<span class="muted">${view.t('console.tokens.expired')}</span>`;
  if (!token.owner) return html`<span class="bad">${view.t('console.tokens.no_owner')}</span>`;
  return html`<span class="ok">${view.t('console.tokens.active')}</span>`;
}

/** Admin API tokens (HR): every token with its scopes and use, revoking one, and making one (its secret shown once). */
export function tokensPage(view: ConsoleView, input: TokensInput): SafeHtml {
  const t = view.t;
  const typed = input.typed ?? {};
  const ownNip = view.person?.nip ?? '';
  const created = input.created ? html`<section class="card" aria-labelledby="secret"><h2 id="secret">${t('console.tokens.created_title', { id: input.created.id, name: input.created.name })}</h2>
<p>${t('console.tokens.created_intro')}</p><p><label for="secret-value">${t('console.tokens.secret')}</label><input id="secret-value" readonly value="${input.created.token}"></p>
<p class="muted">${t('console.tokens.created_detail', { owner: input.created.ownerName, scopes: input.created.scopes.join(', '), expires: formatTimestamp(input.created.expiresAt, view.lang) })}</p></section>` : '';
  const rows = input.tokens.map((tok) => html`<tr><td>${tok.id}</td><td>${tok.name}</td><td>${tok.owner ? html`${tok.owner.name}<br><span class="muted">${tok.owner.nip}</span>` : '–'}</td>
<td>${tok.scopes.join(', ') || '–'}</td><td>${formatTimestamp(tok.createdAt, view.lang)}</td><td>${tok.expiresAt ? formatTimestamp(tok.expiresAt, view.lang) : '–'}</td>
<td>${tok.lastUsedAt ? formatTimestamp(tok.lastUsedAt, view.lang) : html`<span class="muted">${t('console.tokens.never_used')}</span>`}</td><td>${state(view, tok, input.now)}</td>
<td>${tok.revokedAt ? '' : html`<form method="post" action="/hr/tokens/${tok.id}/revoke">${csrfField(view)}<button type="submit" class="danger" aria-label="${t('console.tokens.revoke')}: ${tok.name}">${t('console.tokens.revoke')}</button></form>`}</td></tr>`);
  const list = input.tokens.length === 0 ? html`<p>${t('console.tokens.none')}</p>` : html`<div class="scroll"><table><caption class="muted">${t('console.tokens.list')}</caption>
<thead><tr><th scope="col">#</th><th scope="col">${t('console.tokens.name')}</th><th scope="col">${t('console.tokens.owner')}</th><th scope="col">${t('console.tokens.scopes')}</th><th scope="col">${t('console.tokens.created')}</th><th scope="col">${t('console.tokens.expires')}</th><th scope="col">${t('console.tokens.last_used')}</th><th scope="col">${t('console.tokens.state')}</th><th scope="col"></th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
  const scopes = ALL_ADMIN_SCOPES.map((scope) => html`<div class="check"><label><input type="checkbox" name="scope-${scope}" value="1"${typed.scopes?.includes(scope) ? html` checked` : ''}> <strong>${scope}</strong> <span class="muted">${t(`console.tokens.scope.${scope}`)}</span></label></div>`);
  const form = html`<h2>${t('console.tokens.new')}</h2><form method="post" action="/hr/tokens">${csrfField(view)}
<div class="filters"><div><label for="token-name">${t('console.tokens.name')}</label><input id="token-name" name="name" maxlength="100" value="${typed.name ?? ''}" placeholder="${t('console.tokens.name_hint')}"></div>
<div><label for="ownerNip">${t('console.tokens.owner_nip')}</label><input id="ownerNip" name="ownerNip" inputmode="numeric" pattern="\\d{18}" required value="${typed.ownerNip ?? ownNip}"></div>
<div><label for="days">${t('console.tokens.days')}</label><input id="days" name="days" type="number" min="1" max="365" required value="${typed.days ?? '90'}"></div></div>
<fieldset><legend>${t('console.tokens.scopes')}</legend>${scopes}</fieldset>
<div class="actions"><button type="submit">${t('console.tokens.create')}</button></div></form>`;
  return page(view, {
    title: t('console.tokens.title'),
    current: '/tokens',
    body: html`${input.message ? html`<p class="${input.message.ok ? 'notice' : 'error'}" role="${input.message.ok ? 'status' : 'alert'}">${input.message.text}</p>` : ''}${created}
<p>${t('console.tokens.intro')}</p>${list}${form}`,
  });
}
