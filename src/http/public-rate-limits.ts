/** A per-IP limit: at most `max` requests per `timeWindowMs`. */
export interface RateLimit {
  max: number;
  timeWindowMs: number;
}

export interface PublicRateLimits {
  /** Routes matched by path prefix (and method, when given); the first match wins. */
  routes: ReadonlyArray<{ prefix: string; method?: string; limit: RateLimit }>;
  /** Requests for paths that do not exist (scanners). */
  notFound: RateLimit;
}

const MINUTE = 60_000;

/**
 * The routes and their per-IP limits. Telegram sends every update from a few
 * addresses (and proves itself with the secret token), so its limit only
 * stops floods: 1,000 updates/s per address; so does Meta's WhatsApp
 * webhook (signed; statuses of every sent message come on top of messages); the web chat polls about once a
 * second per tab; the payslip verification page is the one strangers reach,
 * so it is tight, and its net-pay check (POST) tighter still: it answers
 * only match or no match, and 10 a minute makes trying amounts hopeless; the privacy page, as public, counts like it. The probes are meant for a load balancer or orchestrator
 * polling every few seconds (`/ready` reads the database, so it is the
 * tighter one), and so is Prometheus scraping `/metrics` every 15 s or so;
 * the documentation is a static page. The admin API counts
 * every call per address on top of its own failed-authentication limit
 * (src/http/admin/failed-auth-limiter.ts); a month's letter archive prints
 * up to thousands of PDFs, so it gets a handful a minute. The HR console
 * allows a busy officer's clicks; its sign-in (a one-time link) far fewer.
 * Each route counts on its own.
 */
export const defaultPublicRateLimits: PublicRateLimits = {
  routes: [
    { prefix: '/telegram', limit: { max: 60_000, timeWindowMs: MINUTE } },
    { prefix: '/webhook', limit: { max: 1200, timeWindowMs: MINUTE } },
    { prefix: '/whatsapp/webhook', limit: { max: 60_000, timeWindowMs: MINUTE } },
    { prefix: '/whatsapp', limit: { max: 1200, timeWindowMs: MINUTE } },
    { prefix: '/verify', method: 'POST', limit: { max: 10, timeWindowMs: MINUTE } },
    { prefix: '/verify', limit: { max: 30, timeWindowMs: MINUTE } },
    { prefix: '/privacy', limit: { max: 30, timeWindowMs: MINUTE } },
    { prefix: '/dev/chat', limit: { max: 300, timeWindowMs: MINUTE } },
    { prefix: '/ready', limit: { max: 60, timeWindowMs: MINUTE } },
    { prefix: '/health', limit: { max: 120, timeWindowMs: MINUTE } },
    { prefix: '/live', limit: { max: 120, timeWindowMs: MINUTE } },
    { prefix: '/docs', limit: { max: 60, timeWindowMs: MINUTE } },
    { prefix: '/metrics', limit: { max: 60, timeWindowMs: MINUTE } },
    { prefix: '/admin/papers/archive', limit: { max: 6, timeWindowMs: MINUTE } },
    { prefix: '/admin', limit: { max: 600, timeWindowMs: MINUTE } },
    { prefix: '/hr/login', limit: { max: 20, timeWindowMs: MINUTE } },
    { prefix: '/hr', limit: { max: 300, timeWindowMs: MINUTE } },
  ],
  notFound: { max: 60, timeWindowMs: MINUTE },
};

/** The limit of a route (each route counts per IP on its own), or null for a route without one. */
export function publicLimitFor(url: string, limits: PublicRateLimits, method?: string): RateLimit | null {
  const match = limits.routes.find((r) => (url === r.prefix || url.startsWith(`${r.prefix}/`)) && (!r.method || r.method === method));
  return match?.limit ?? null;
}
