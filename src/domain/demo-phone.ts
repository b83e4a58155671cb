/**
 * Phone numbers of the demo organisation's made-up people. They come from the
 * range Ofcom (the UK numbering regulator) reserves for TV and radio drama,
 * +44 7700 900000 to +44 7700 900999: it is never assigned to a subscriber, so
 * nothing sent there can reach a real person. Indonesia has no such reserved
 * range; any real-format 08xx number may be a stranger's.
 */
const DEMO_PHONE_PREFIX = '447700900';

/** The demo phone of demo person `index` (digits with country code, as WhatsApp writes them). */
export const demoPhone = (index: number): string => `${DEMO_PHONE_PREFIX}${String(index % 1000).padStart(3, '0')}`;

/** Whether `digits` (or a WhatsApp chat id such as "447700900001@s.whatsapp.net") is in the reserved demo range. */
export const isDemoPhone = (digits: string): boolean => /^447700900\d{3}(?:@|$)/.test(digits);
