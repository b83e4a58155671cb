import type { Language } from '../../domain/language';
import { translate, type Params } from '../../i18n/translate';
import type { ConsolePerson } from '../../services/console/console-access';

/** What every page is rendered with: the reader's language, their person and the session's CSRF token. */
export interface ConsoleView {
  lang: Language;
  t(key: string, params?: Params): string;
  person: ConsolePerson | null;
  csrf: string | null;
  /** The page's path and query, for the language switch. */
  path: string;
}

export function consoleView(lang: Language, person: ConsolePerson | null, csrf: string | null, path: string): ConsoleView {
  return { lang, t: (key, params) => translate(lang, key, params), person, csrf, path };
}
