import { html, hrHref, type SafeHtml, trustedHtml } from './html';
import type { ConsoleView } from './console-view';

/** One style sheet, inline (no external assets; the security headers allow inline styles, not scripts). Phone first. */
const STYLE = trustedHtml(`<style>
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9}
a{color:#0b4fb3}a:hover{color:#073b86}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:2}
header{background:#0f3d6e;color:#fff;padding:.5rem 1rem}
header a,header button.link{color:#fff}
header .brand{font-weight:700;margin-right:1rem}
nav ul{list-style:none;margin:.25rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
.who{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;font-size:.9rem}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:1.25rem 0 .5rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem}
.card{background:#fff;border:1px solid #d0d5dd;border-radius:.5rem;padding:1rem}
.big{font-size:2rem;font-weight:700;margin:0}
.bad{color:#9f1c1c;font-weight:600}.ok{color:#17603a}
.notice{background:#e7f3ea;border:1px solid #17603a;padding:.75rem;border-radius:.5rem}
.error{background:#fdecea;border:1px solid #9f1c1c;padding:.75rem;border-radius:.5rem}
.scroll{overflow-x:auto;background:#fff;border:1px solid #d0d5dd;border-radius:.5rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;padding:.5rem;font-weight:600}
th,td{padding:.4rem .5rem;border-bottom:1px solid #e4e7ec;text-align:left;vertical-align:top}
form.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.5rem 1rem;align-items:end;background:#fff;padding:1rem;border:1px solid #d0d5dd;border-radius:.5rem}
label{display:block;font-weight:600;font-size:.9rem}
input,select,textarea,button{font:inherit;min-height:2.5rem}
input,select,textarea{width:100%;padding:.4rem;border:1px solid #667085;border-radius:.3rem;background:#fff;color:#1a1a1a}
.check label{display:flex;gap:.5rem;align-items:center;font-weight:400}.check input{width:auto;min-height:auto}
button{padding:.4rem 1rem;border-radius:.3rem;border:1px solid #0b4fb3;background:#0b4fb3;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4fb3}button.danger{background:#9f1c1c;border-color:#9f1c1c}
button.link{background:none;border:none;padding:0;text-decoration:underline;min-height:auto}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.5rem}
.paging{display:flex;gap:1rem;margin:1rem 0}
ol.timeline{padding-left:1.25rem}
.cal td,.cal th{padding:.2rem;text-align:center;min-width:1.9rem;font-size:.8rem}
.cal th.name,.cal td.name{text-align:left;min-width:10rem;position:sticky;left:0;background:#fff}
.cal .off{background:#e4e7ec}.cal .away{background:#bcd3f5}.cal .half{background:linear-gradient(135deg,#bcd3f5 50%,#fff 50%)}
.cal .overlap{box-shadow:inset 0 -3px 0 #b45309}
.muted{color:#475467}
.linkcard{max-width:26rem}.linkcard .code{font:700 1.6rem/1.2 ui-monospace,monospace;letter-spacing:.15em}
@media print{header,.noprint,.skip{display:none}body{background:#fff}.card{border:2px solid #000}}
</style>`);

const NAV: ReadonlyArray<{ path: string; key: string; hrOnly?: boolean }> = [
  { path: '', key: 'console.nav.dashboard' },
  { path: '/requests', key: 'console.nav.requests' },
  { path: '/profile-changes', key: 'console.nav.profile', hrOnly: true },
  { path: '/people', key: 'console.nav.people' },
  { path: '/calendar', key: 'console.nav.calendar' },
  { path: '/delegations', key: 'console.nav.delegations' },
  { path: '/org', key: 'console.nav.org', hrOnly: true },
  { path: '/policy', key: 'console.nav.policy', hrOnly: true },
  { path: '/payroll', key: 'console.nav.payroll', hrOnly: true },
  { path: '/imports', key: 'console.nav.imports', hrOnly: true },
  { path: '/holidays', key: 'console.nav.holidays', hrOnly: true },
  { path: '/operations', key: 'console.nav.operations', hrOnly: true },
  { path: '/tokens', key: 'console.nav.tokens', hrOnly: true },
  { path: '/audit', key: 'console.nav.audit', hrOnly: true },
  { path: '/sessions', key: 'console.nav.sessions' },
];

function languageSwitch(view: ConsoleView): SafeHtml {
  const other = view.lang === 'id' ? 'en' : 'id';
  const url = new URL(view.path, 'http://x');
  url.searchParams.set('lang', other);
  return html`<a href="${url.pathname + url.search}" hreflang="${other}" lang="${other}">${view.t('console.other_language')}</a>`;
}

/** A whole console page: header with the menu, who is signed in, the language switch and sign-out; then the content. */
export function page(view: ConsoleView, input: { title: string; current?: string; body: SafeHtml }): SafeHtml {
  const person = view.person;
  const nav = person
    ? html`<nav aria-label="${view.t('console.nav')}"><ul>${NAV.filter((n) => !n.hrOnly || person.role === 'HR').map((n) => html`<li><a href="${hrHref(n.path)}"${n.path === input.current ? html` aria-current="page"` : ''}>${view.t(n.key)}</a></li>`)}</ul></nav>
<div class="who"><span>${person.name} · ${view.t(`console.role.${person.role}`)}</span>${languageSwitch(view)}
<form method="post" action="/hr/logout"><input type="hidden" name="csrf" value="${view.csrf ?? ''}"><button type="submit" class="link">${view.t('console.sign_out')}</button></form></div>`
    : html`<div class="who">${languageSwitch(view)}</div>`;
  return html`<!doctype html>
<html lang="${view.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="referrer" content="same-origin"><title>${input.title} · ${view.t('console.title')}</title>
${STYLE}<script src="/hr/static/htmx.min.js" defer></script></head>
<body><a class="skip" href="#main">${view.t('console.skip')}</a>
<header><span class="brand">SAPA · ${view.t('console.title')}</span>${nav}</header>
<main id="main" tabindex="-1"><h1>${input.title}</h1>
${input.body}
</main></body></html>`;
}

/** A hidden CSRF field for a form of the signed-in session. */
export function csrfField(view: ConsoleView): SafeHtml {
  return html`<input type="hidden" name="csrf" value="${view.csrf ?? ''}">`;
}
