import type { SendRates } from '../../chat/channel-sender';
import type { Clock } from '../../clock';
import type { JobControl } from '../../module';
import type { PaperworkConfig } from '../../services/paperwork/paperwork-config';
import type { PersonalDataConfig } from '../../services/personal-data/collect-personal-data';
import type { Database } from '../../store/database';

/** What the admin routes need from the running service. */
export interface AdminDeps {
  db: Database;
  clock: Clock;
  /** The Telegram bot's username, for link-code deep links (TELEGRAM_BOT_USERNAME). */
  botUsername?: string;
  /** Nudges the outbox worker after a route enqueued messages. */
  wakeOutbox?: () => void;
  /** How long a refused authentication is held before it is answered (default 1 s; tests shorten it). */
  refusalDelayMs?: number;
  /** How old the in-memory list of token hashes may be before a miss reloads it (default 1 s; tests that create tokens as they go use 0). */
  tokenListMaxAgeMs?: number;
  /** How leave forms and letters are printed (the letterhead, place, copies, PUBLIC_URL of the verification link); also the personal-data document (PRIVACY_CONTACT). */
  paperwork: PaperworkConfig & PersonalDataConfig;
  /** The scheduled jobs (/admin/jobs), when this process has them. */
  jobs?: JobControl;
  /** Each channel's send rate, for the outbox queue's drain time (/admin/outbox/queue). */
  sendRates?: SendRates;
}
