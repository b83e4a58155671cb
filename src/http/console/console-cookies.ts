/** The session cookie: path /hr only, httpOnly, SameSite=Lax (the link from chat is a top-level navigation), Secure under https. */
export const SESSION_COOKIE = 'sapa_hr';
/** The chosen language (not a secret). */
export const LANG_COOKIE = 'sapa_hr_lang';

export function readCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (!(name in out)) out[name] = value;
  }
  return out;
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
  httpOnly?: boolean;
}

export function cookieHeader(name: string, value: string, options: CookieOptions): string {
  return [
    `${name}=${value}`,
    'Path=/hr',
    `Max-Age=${options.maxAgeSeconds}`,
    ...(options.httpOnly === false ? [] : ['HttpOnly']),
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
