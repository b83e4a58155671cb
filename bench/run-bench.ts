import { loadavg } from 'node:os';
import { benchCity } from './city';
import { benchConsole } from './console';
import { benchEngine } from './engine';
import { benchOutboxDrain } from './outbox-drain';
import { benchLeavePapers } from './leave-papers';
import { benchLetterArchive } from './letter-archive';
import { benchPayslipAndDigest } from './payslip-and-digest';
import { benchWebhook } from './webhook';
import { machine } from './lib/write-results';

/**
 * `npm run bench [-- --only=webhook,engine,drain,payslip,papers,archive,city,console] [--runs=3] [--quick] [--org=city|demo] [--targets=sqlite,postgresql,postgresql2]`:
 * every section prints a table and writes bench/results/<section>-*.json.
 * The webhook and engine run on the generated city of 10,000 (`--org=demo`:
 * the demo seed's one agency, to compare with trees before the city).
 * PostgreSQL runs when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
 */
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const only = new Set((args.get('only') ?? 'webhook,engine,drain,payslip,papers,archive,city,console').split(','));
const quick = args.has('quick');
const runs = Number(args.get('runs') ?? (quick ? 1 : 3));
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)} load ${loadavg()[0]!.toFixed(1)}] ${line}`);
const org = args.get('org') === 'demo' ? 'demo' : 'city';
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const WEBHOOK_TARGETS = ['sqlite', 'postgresql', 'postgresql2'];
const targets = args.get('targets')?.split(',');
const unknownTargets = targets?.filter((t) => !WEBHOOK_TARGETS.includes(t)) ?? [];
if (unknownTargets.length > 0) {
  console.error(`unknown --targets ${unknownTargets.join(',')}: choose from ${WEBHOOK_TARGETS.join(',')}`);
  process.exit(2);
}

log(`machine ${JSON.stringify(machine())}`);
if (only.has('webhook')) {
  await benchWebhook({
    runs,
    closedSeconds: Number(args.get('seconds') ?? (quick ? 10 : 20)),
    concurrency: Number(args.get('concurrency') ?? 64),
    openSeconds: quick ? 5 : 10,
    org,
    ...(postgresUrl && !args.has('no-pg') ? { postgresUrl } : {}),
    ...(targets ? { only: targets } : {}),
    log,
  });
}
if (only.has('engine')) await benchEngine({ runs, scripts: quick ? 2000 : 6000, org, log });
if (only.has('drain')) {
  await benchOutboxDrain({ count: Number(args.get('drain-count') ?? 10_000), maxSeconds: Number(args.get('drain-seconds') ?? (quick ? 30 : 60)), log });
}
if (only.has('payslip')) await benchPayslipAndDigest({ runs, renders: 50, log });
if (only.has('papers')) await benchLeavePapers({ runs, renders: 50, log });
if (only.has('archive')) await benchLetterArchive({ runs, log });
if (only.has('city')) await benchCity({ runs, log });
if (only.has('console')) await benchConsole({ runs, log });
log('done');
process.exit(0);
