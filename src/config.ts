import { z } from 'zod';
import { DEFAULT_RETENTION, type RetentionPolicy } from './domain/retention/retention-policy';
import { DEFAULT_LETTER_NUMBER_FORMAT, isLetterNumberFormat } from './domain/paperwork/letter-number';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .default(fallback ? 'true' : 'false')
    .transform((v) => (v === '' ? fallback : v === 'true' || v === '1' || v === 'yes'));

/** A boolean whose default depends on other variables: undefined when unset or empty. */
const optionalBool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1' || v === 'yes'));

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url().optional());

/** A whole number of days (or minutes, years) within bounds. */
const wholeNumber = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Every variable SAPA reads, with its default. `.env.example` documents the same list. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .default('file:./data/sapa.db')
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), 'must start with file: or postgresql://'),
  /** Default: on, off in production (where turning it on is refused). */
  SEED_DEMO: optionalBool,
  AGENCY_NAME: z.string().default('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Serang'),
  AGENCY_ADDRESS: z.string().default('Jl. Jenderal Sudirman No. 5, Serang, Banten'),
  /** The government above the agency, the letterhead's first line. */
  AGENCY_PARENT: z.string().default('Pemerintah Kota Serang'),
  /** A PNG or JPEG printed in the letterhead of leave forms and letters. */
  AGENCY_LOGO_PATH: optionalText,
  /** Where letters are signed ("Serang, 12 Des 2026"). */
  LETTER_PLACE: z.string().trim().min(1).default('Serang'),
  LETTER_NUMBER_FORMAT: z
    .string()
    .trim()
    .default(DEFAULT_LETTER_NUMBER_FORMAT)
    .refine(isLetterNumberFormat, 'must contain {n} and only {n}, {year}, {month}, {agency}'),
  /** Which level of the unit tree numbers its own letters: 0 the root, 1 the units under it. */
  LETTER_AGENCY_LEVEL: z.coerce.number().int().min(0).max(5).default(0),
  /** Copies (tembusan) of every Surat Izin Cuti, separated by ";". */
  LETTER_COPIES: z
    .string()
    .default('Wali Kota Serang;Inspektur Kota Serang;Atasan langsung yang bersangkutan')
    .transform((v) => v.split(';').map((c) => c.trim()).filter((c) => c !== '')),
  PUBLIC_URL: optionalUrl,
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
    z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'only letters, digits, _ and -').optional(),
  ),
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  TELEGRAM_BOT_USERNAME: optionalText
    .transform((v) => v?.replace(/^@/, ''))
    .pipe(z.string().regex(/^[A-Za-z0-9_]{5,32}$/, 'a Telegram username: 5-32 letters, digits or _').optional()),
  /** Webhook updates handled at once; more are answered 503 and Telegram delivers them again. */
  TELEGRAM_WEBHOOK_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(256),
  WHATSAPP_ENABLED: bool(false),
  WHATSAPP_PHONE: optionalText.pipe(z.string().regex(/^\d{8,15}$/, 'digits only, with country code').optional()),
  /** Outbound WhatsApp messages per second, all chats together: low, against bans. */
  WHATSAPP_RATE_PER_SECOND: z.coerce.number().positive().max(20).default(1),
  /** Random extra wait between WhatsApp messages, up to this many ms. */
  WHATSAPP_JITTER_MS: z.coerce.number().int().min(0).max(60_000).default(400),
  /** Messages one WhatsApp sender may send a minute; the rest of the minute is dropped unanswered. */
  WHATSAPP_INBOUND_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(20),
  /** WhatsApp messages handled at once; more wait in arrival order. */
  WHATSAPP_INBOUND_IN_FLIGHT: z.coerce.number().int().min(1).max(1000).default(64),
  /** WhatsApp messages waiting to be handled; beyond, a message is dropped with a warning in the log. */
  WHATSAPP_INBOUND_QUEUE: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** A WhatsApp chat that is not linked gets no answer to a message SAPA cannot read for this long after its last answer (0: always answered). */
  WHATSAPP_STRANGER_QUIET_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  /** Deadline of one WhatsApp file download. */
  WHATSAPP_MEDIA_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(600).default(60),
  /** WhatsApp file downloads at once. */
  WHATSAPP_MEDIA_DOWNLOADS: z.coerce.number().int().min(1).max(32).default(4),
  /** How SAPA reaches WhatsApp: `baileys` (a linked device, unofficial) or `cloud` (Meta's WhatsApp Business Platform, Cloud API). */
  WHATSAPP_TRANSPORT: z.enum(['baileys', 'cloud']).default('baileys'),
  /** Cloud API: the app secret Meta signs each webhook with (X-Hub-Signature-256). */
  WHATSAPP_CLOUD_APP_SECRET: optionalText,
  /** Cloud API: the token typed in Meta's webhook settings, answered back in the verification handshake. */
  WHATSAPP_CLOUD_VERIFY_TOKEN: optionalText,
  /** Cloud API: the business phone number's id (not the number itself). */
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: optionalText.pipe(z.string().regex(/^\d{5,30}$/, 'the numeric phone number id from WhatsApp Manager').optional()),
  /** Cloud API: a system user's access token with whatsapp_business_messaging. */
  WHATSAPP_CLOUD_ACCESS_TOKEN: optionalText,
  /** Cloud API: outbound messages per second, all chats together (Meta allows 80 by default). */
  WHATSAPP_CLOUD_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(20),
  /** Cloud API: the template for a text sent outside the 24-hour window (one body parameter). */
  WHATSAPP_CLOUD_TEMPLATE_NOTICE: z.string().regex(/^[a-z0-9_]{1,512}$/).default('sapa_pemberitahuan'),
  /** Cloud API: the template for a document sent outside the 24-hour window (document header, one body parameter). */
  WHATSAPP_CLOUD_TEMPLATE_DOCUMENT: z.string().regex(/^[a-z0-9_]{1,512}$/).default('sapa_dokumen'),
  /** The Graph API, version included (tests point it at a local fake). */
  GRAPH_API_ROOT: z.url().default('https://graph.facebook.com/v21.0'),
  /** `auto`: on while no channel is configured, always off in production (where `true` is refused). */
  DEV_CHAT: z.enum(['true', 'false', 'auto']).default('auto'),
  JOBS_ENABLED: bool(true),
  PAYSLIP_PASSWORD_RULE: z.enum(['BIRTHDATE_DDMMYYYY', 'NIP_LAST6']).default('BIRTHDATE_DDMMYYYY'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  /** On SIGTERM or SIGINT, SAPA finishes what is in flight and exits within this many seconds, even if something hangs. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(25),
  /** Who to ask about personal data (shown on /privacy and in `data saya`): an address, e-mail or phone of the HR office. */
  PRIVACY_CONTACT: optionalText,
  /** Retention (README "Personal data"): sent or given-up outbox messages are deleted after this many days. */
  RETENTION_OUTBOX_DAYS: wholeNumber(DEFAULT_RETENTION.outboxDays, 1, 3650),
  /** Inbound dedupe records (channel message ids) are deleted after this many days. */
  RETENTION_PROCESSED_EVENT_DAYS: wholeNumber(DEFAULT_RETENTION.processedEventDays, 1, 3650),
  /** Conversation state is deleted this many minutes after its idle expiry. */
  RETENTION_SESSION_GRACE_MINUTES: wholeNumber(DEFAULT_RETENTION.sessionGraceMinutes, 0, 10_080),
  /** Rows of used or expired one-time codes (hashes already wiped) are deleted after this many days (at least 1: the caps on codes count a day). */
  RETENTION_LINK_CODE_DAYS: wholeNumber(DEFAULT_RETENTION.linkCodeDays, 1, 3650),
  /** Wrong linking answers are deleted after this many days unless they still count against an employee. */
  RETENTION_LINK_FAILURE_DAYS: wholeNumber(DEFAULT_RETENTION.linkFailureDays, 1, 3650),
  /** Files attached to leave requests are purged this many years after the leave ends (the agency's archive schedule). */
  RETENTION_LEAVE_DOCUMENT_YEARS: wholeNumber(DEFAULT_RETENTION.leaveDocumentYears, 1, 100),
  /** Audit rows lose their free text after this many years. */
  RETENTION_AUDIT_TEXT_YEARS: wholeNumber(DEFAULT_RETENTION.auditTextYears, 1, 100),
  /** /ready fails when the oldest pending reply or card (not bulk) has waited longer than this; 0: reported only. */
  READY_OUTBOX_LAG_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** A second port serving /metrics (and /live, /ready) without a token; unset: /metrics only on PORT, with an ops token. */
  METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  /** Where the metrics port listens: loopback unless Prometheus runs elsewhere (then keep the port off the internet). */
  METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** Where `npm run backup` writes its copies of the SQLite database. */
  BACKUP_DIR: z.string().trim().min(1).default('./backups'),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits are per address). */
  TRUST_PROXY: bool(false),
});

export type Config = Omit<z.infer<typeof configSchema>, 'SEED_DEMO'> & {
  SEED_DEMO: boolean;
  provider: 'sqlite' | 'postgresql';
  devChat: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** What production mode refuses, each problem naming its variable. */
function productionProblems(values: z.infer<typeof configSchema>): string[] {
  const problems: string[] = [];
  if (values.SEED_DEMO === true) problems.push('SEED_DEMO: must not be true in production (NODE_ENV=production): the demo organisation is made-up people');
  if (values.DEV_CHAT === 'true') problems.push('DEV_CHAT: must not be true in production (NODE_ENV=production): /dev/chat lets whoever reaches it talk as a demo persona');
  if (values.PUBLIC_URL && !values.PUBLIC_URL.startsWith('https://')) problems.push('PUBLIC_URL: must be an https:// address in production (NODE_ENV=production)');
  return problems;
}

const CLOUD_SETTINGS = ['WHATSAPP_CLOUD_APP_SECRET', 'WHATSAPP_CLOUD_VERIFY_TOKEN', 'WHATSAPP_CLOUD_PHONE_NUMBER_ID', 'WHATSAPP_CLOUD_ACCESS_TOKEN'] as const;

/** The Cloud API transport cannot run (or check its webhooks) without these, in any mode. */
function cloudProblems(values: z.infer<typeof configSchema>): string[] {
  if (!values.WHATSAPP_ENABLED || values.WHATSAPP_TRANSPORT !== 'cloud') return [];
  return CLOUD_SETTINGS.filter((name) => !values[name]).map((name) => `${name}: required when WHATSAPP_TRANSPORT=cloud`);
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  const problems = [...(production ? productionProblems(values) : []), ...cloudProblems(values)];
  if (problems.length > 0) throw new ConfigError(problems);
  const provider = values.DATABASE_URL.startsWith('file:') ? 'sqlite' : 'postgresql';
  const anyChannel = Boolean(values.TELEGRAM_BOT_TOKEN) || values.WHATSAPP_ENABLED;
  const devChat = values.DEV_CHAT === 'auto' ? !production && !anyChannel : values.DEV_CHAT === 'true';
  return { ...values, SEED_DEMO: values.SEED_DEMO ?? !production, provider, devChat };
}

/** The RETENTION_* variables. */
export type RetentionSetting = Extract<keyof Config, `RETENTION_${string}`>;

/** The retention policy the configuration sets (RETENTION_* variables). */
export function retentionPolicyOf(config: Pick<Config, RetentionSetting>): RetentionPolicy {
  return {
    outboxDays: config.RETENTION_OUTBOX_DAYS,
    processedEventDays: config.RETENTION_PROCESSED_EVENT_DAYS,
    sessionGraceMinutes: config.RETENTION_SESSION_GRACE_MINUTES,
    linkCodeDays: config.RETENTION_LINK_CODE_DAYS,
    linkFailureDays: config.RETENTION_LINK_FAILURE_DAYS,
    leaveDocumentYears: config.RETENTION_LEAVE_DOCUMENT_YEARS,
    auditTextYears: config.RETENTION_AUDIT_TEXT_YEARS,
    batchSize: DEFAULT_RETENTION.batchSize,
  };
}
