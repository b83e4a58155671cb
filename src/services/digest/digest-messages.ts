import type { OutboundMessage } from '../../chat/outbound-message';
import { formatDay } from '../../domain/format';
import type { Language } from '../../domain/language';
import { translate } from '../../i18n/translate';
import { digestCsv } from './digest-csv';
import type { Digest } from './digest-types';
import { renderDigest } from './render-digest';

/** The digest for one HR officer: the short text, then the details as a CSV file. */
export function digestMessages(digest: Digest, lang: Language): OutboundMessage[] {
  return [
    { kind: 'text', text: renderDigest(digest, lang) },
    {
      kind: 'document',
      fileName: `sapa-digest-${digest.day}.csv`,
      mimeType: 'text/csv',
      caption: translate(lang, 'jobs.digest.csv_caption', { date: formatDay(digest.day, lang) }),
      source: { type: 'inline', base64: Buffer.from(digestCsv(digest, lang), 'utf8').toString('base64') },
    },
  ];
}
