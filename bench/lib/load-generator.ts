import { Agent, request } from 'node:http';

/**
 * The load generator, run as its own process (bench/lib/run-load.ts forks it):
 * posts Telegram updates to a webhook over keep-alive HTTP, bounded in count
 * and time, and reports each request's latency. Closed loop: `concurrency`
 * senders each play one chat's script at a time, in order. Open loop: one
 * update every 1/rate s whatever the answers; latency counts from the
 * scheduled send time, so a slow server cannot hide its queue.
 */
export interface LoadPlan {
  /** The webhook; several (instances behind a load balancer) take the requests in turn. */
  url: string | string[];
  secret: string;
  /** Each script is one chat's updates (JSON bodies), sent in order. */
  scripts: string[][];
  mode: { kind: 'closed'; concurrency: number } | { kind: 'open'; rate: number; maxInFlight: number };
  durationMs: number;
  /** After the duration, requests still unanswered are abandoned after this long (counted as 'unfinished'). Default 30 s. */
  graceMs?: number;
}

export interface LoadResult {
  sent: number;
  ok: number;
  statuses: Record<string, number>;
  latenciesMs: number[];
  elapsedMs: number;
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const targets = (Array.isArray(plan.url) ? plan.url : [plan.url]).map((u) => new URL(u));
  let turn = 0;
  const maxSockets = plan.mode.kind === 'closed' ? plan.mode.concurrency : Math.min(plan.mode.maxInFlight, 1024);
  const agent = new Agent({ keepAlive: true, maxSockets });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let sent = 0;
  let ok = 0;
  const started = performance.now();
  const deadline = started + plan.durationMs;
  const pending = new Map<ReturnType<typeof request>, number>();

  function post(body: string, xff: string, from: number): Promise<void> {
    sent += 1;
    const target = targets[turn++ % targets.length]!;
    return new Promise((resolve) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': plan.secret,
            'x-forwarded-for': xff,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            pending.delete(req);
            const code = String(res.statusCode);
            statuses[code] = (statuses[code] ?? 0) + 1;
            if (res.statusCode === 200) ok += 1;
            latencies.push(performance.now() - from);
            resolve();
          });
        },
      );
      pending.set(req, from);
      req.on('error', (err) => {
        if (!pending.delete(req)) return resolve();
        statuses[err.message] = (statuses[err.message] ?? 0) + 1;
        latencies.push(performance.now() - from);
        resolve();
      });
      req.end(body);
    });
  }

  /** Waits for the answers until deadline + grace, then abandons what is left: each counts as unfinished, its latency its age. */
  async function withGrace(work: Promise<unknown>): Promise<void> {
    const left = Math.max(0, deadline + (plan.graceMs ?? 30_000) - performance.now());
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([work, new Promise((r) => (timer = setTimeout(r, left)))]);
    clearTimeout(timer);
    const now = performance.now();
    for (const [req, from] of pending) {
      statuses.unfinished = (statuses.unfinished ?? 0) + 1;
      latencies.push(now - from);
      pending.delete(req);
      req.destroy();
    }
  }

  // Telegram posts from a handful of addresses; each chat gets its own here so the
  // per-IP limit of the public routes measures nothing (see the README's notes).
  const xffOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

  if (plan.mode.kind === 'closed') {
    let next = 0;
    const sender = async () => {
      while (next < plan.scripts.length && performance.now() < deadline) {
        const index = next++;
        for (const body of plan.scripts[index]!) {
          if (performance.now() >= deadline) return;
          await post(body, xffOf(index), performance.now());
        }
      }
    };
    await withGrace(Promise.all(Array.from({ length: plan.mode.concurrency }, sender)));
  } else {
    const { rate, maxInFlight } = plan.mode;
    const flat = plan.scripts.map((s) => s[0]!);
    const inFlight = new Set<Promise<void>>();
    for (let i = 0; i < flat.length; i += 1) {
      const at = started + (i * 1000) / rate;
      if (at >= deadline) break;
      const wait = at - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      const p: Promise<void> = post(flat[i]!, xffOf(i), at).then(() => void inFlight.delete(p));
      inFlight.add(p);
    }
    await withGrace(Promise.all(inFlight));
  }
  agent.destroy();
  return { sent, ok, statuses, latenciesMs: latencies, elapsedMs: performance.now() - started };
}

// Forked: take one plan from the parent, answer with the result, exit.
if (process.send) {
  process.once('message', (plan: LoadPlan) => {
    runLoad(plan).then(
      (result) => process.send!(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
