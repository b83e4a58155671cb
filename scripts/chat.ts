/**
 * Talk to SAPA in the terminal as a demo employee:
 *   npm run chat -- --as <NIP>
 * Uses the same database, engine and flows as the server. Messages SAPA sends
 * to other people (an approver's card) stay in the outbox for the server.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createFlowRegistry } from '../flows';
import { renderAsText } from '../src/channels/render-as-text';
import { systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { createConversationEngine } from '../src/conversation/conversation-engine';
import { linkLocalPersona } from '../src/services/dev/link-local-persona';
import { listPersonas } from '../src/services/dev/list-personas';
import { openDatabase } from '../src/store/database';
import { applyMigrations } from '../src/store/migrations/apply-migrations';
import { seedDemo } from '../src/store/seed/seed-demo';

const { values } = parseArgs({ options: { as: { type: 'string' } } });
const config = loadConfig();
await applyMigrations(config.DATABASE_URL);
const db = await openDatabase(config.DATABASE_URL);
if (config.SEED_DEMO) await seedDemo(db, systemClock);

if (!values.as) {
  console.log('Usage: npm run chat -- --as <NIP>\n\nDemo personas:');
  for (const p of await listPersonas(db.prisma)) console.log(`  ${p.nip}  ${p.kind.padEnd(10)} ${p.name} — ${p.position}`);
  await db.close();
  process.exit(0);
}

const chatId = `cli:${values.as}`;
const person = await db.prisma.$transaction((tx) => linkLocalPersona(tx, chatId, values.as!, systemClock.now()));
const engine = createConversationEngine({
  db,
  clock: systemClock,
  flows: createFlowRegistry({ payslipPasswordRule: config.PAYSLIP_PASSWORD_RULE }),
  idleMinutes: config.SESSION_IDLE_MINUTES,
  agency: { name: config.AGENCY_NAME, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}) },
});
console.log(`Anda: ${person.name}. Ketik pesan (mis. "halo", "cuti", "saldo"); Ctrl+D untuk keluar.\n`);

const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
rl.prompt();
for await (const line of rl) {
  if (line.trim()) {
    const result = await engine.handle({
      channel: 'LOCAL',
      chatId,
      eventId: randomUUID(),
      sender: { externalId: chatId },
      content: { kind: 'text', text: line },
      receivedAt: systemClock.now(),
    });
    if (result.status === 'processed') for (const reply of result.replies) console.log(`\nSAPA: ${renderAsText(reply)}\n`);
  }
  rl.prompt();
}
await db.close();
