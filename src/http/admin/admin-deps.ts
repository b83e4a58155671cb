import type { Clock } from '../../clock';
import type { Database } from '../../store/database';

/** What the admin routes need from the running service. */
export interface AdminDeps {
  db: Database;
  clock: Clock;
  /** The Telegram bot's username, for link-code deep links (TELEGRAM_BOT_USERNAME). */
  botUsername?: string;
  /** Nudges the outbox worker after a route enqueued messages. */
  wakeOutbox?: () => void;
}
