import { formatPrintTime } from '../domain/format-print-time';
import type { Language } from '../domain/language';
import type { PaperSignature } from '../domain/paperwork/leave-paper-document';
import { translate } from '../i18n/translate';

/** What stands where a signature stands on paper: who signed, in which channel and when, then the name and NIP. */
export function signatureLines(signature: PaperSignature, lang: Language): string[] {
  const at = formatPrintTime(signature.at, lang).replace(/ WIB$/, '');
  const signed = signature.channel
    ? translate(lang, 'paperwork.signed', { name: signature.name, channel: signature.channel, at })
    : translate(lang, 'paperwork.signed_no_channel', { name: signature.name, at });
  return [signed, signature.name, translate(lang, 'paperwork.nip', { nip: signature.nip })];
}
