import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../clock';
import type { Language } from '../../domain/language';
import { type ActiveSession, findConsoleSession } from '../../services/console/console-session';
import type { Database } from '../../store/database';
import { LANG_COOKIE, readCookies, SESSION_COOKIE } from './console-cookies';
import { consoleView, type ConsoleView } from './console-view';
import { page } from './layout';
import { html } from './html';

const sessions = new WeakMap<FastifyRequest, ActiveSession>();

/** The reader's language: ?lang= (remembered in a cookie by the caller), the cookie, else Bahasa Indonesia. */
export function languageOf(request: FastifyRequest): Language {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (asked === 'en' || asked === 'id') return asked;
  return readCookies(request.headers.cookie)[LANG_COOKIE] === 'en' ? 'en' : 'id';
}

export function sessionOf(request: FastifyRequest): ActiveSession {
  const session = sessions.get(request);
  if (!session) throw new Error('console route without a session');
  return session;
}

export function viewOf(request: FastifyRequest): ConsoleView {
  const session = sessions.get(request);
  return consoleView(languageOf(request), session?.person ?? null, session?.csrfToken ?? null, request.url);
}

/** A page without a session (signed out, expired, a bad link): how to sign in. */
export function signInPage(view: ConsoleView, messageKey: string) {
  return page(view, {
    title: view.t('console.login.title'),
    body: html`<p class="error" role="alert">${view.t(messageKey)}</p><p>${view.t('console.login.how')}</p>`,
  });
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * No live session: 401 with the sign-in page. A request htmx made (a panel
 * that polls, a filter) is also told to reload the page (`HX-Refresh`, which
 * htmx obeys whatever the status), so the officer sees the sign-in page
 * instead of a panel that silently stops changing.
 */
export function signInAgain(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (request.headers['hx-request'] === 'true') reply.header('hx-refresh', 'true');
  return reply.status(401).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(signInPage(viewOf(request), 'console.login.expired').value);
}

/** The live session the request's cookie names, or null (no cookie, unknown, ended or expired). */
export async function liveSessionOf(request: FastifyRequest, deps: { db: Database; clock: Clock }): Promise<ActiveSession | null> {
  const token = readCookies(request.headers.cookie)[SESSION_COOKIE] ?? '';
  return token ? deps.db.prisma.$transaction((tx) => findConsoleSession(tx, token, deps.clock.now())) : null;
}

/**
 * Every console route but sign-in and the script: the session cookie must
 * name a live session (401 and the sign-in hint otherwise), and a POST must
 * carry the session's CSRF token and come from this site (403 otherwise).
 */
export function requireSession(deps: { db: Database; clock: Clock; publicUrl?: string | undefined }) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const session = await liveSessionOf(request, deps);
    if (!session) return signInAgain(request, reply);
    sessions.set(request, session);
    if (request.method === 'POST') {
      const sent = (request.body as Record<string, unknown> | undefined)?.csrf;
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken) || !sameOrigin(request, deps.publicUrl)) {
        return reply.status(403).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(signInPage(viewOf(request), 'console.csrf').value);
      }
    }
    return undefined;
  };
}

/** A POST's Origin (when the browser sends one) names this host or PUBLIC_URL's. */
export function sameOrigin(request: FastifyRequest, publicUrl?: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === request.headers.host || (publicUrl !== undefined && host === new URL(publicUrl).host);
  } catch {
    return false;
  }
}
