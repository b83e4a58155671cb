import type { Language } from '../domain/language';
import { translate } from './translate';

/** A wait as people read it: "12 menit", "2 jam 5 menit" (whole minutes, rounded up; at least 1). */
export function formatWait(seconds: number, lang: Language): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 60) return translate(lang, 'wait.minutes', { minutes });
  return translate(lang, 'wait.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
