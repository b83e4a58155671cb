import type { BenchOrganisation } from './bench-organisation';
import { callbackUpdate, textUpdate } from './telegram-updates';

/** A chat's script: its updates in order, as JSON bodies. */
export type Script = string[];

const json = (updates: Array<Record<string, unknown>>): Script => updates.map((u) => JSON.stringify(u));

/**
 * The payslip-day mix from every staff chat: menu taps (30%), status checks
 * (20%), balance (20%), payslip requests with the month button (15%), leave
 * requests begun (15%: /cuti and the type button); plus the supervisors'
 * approvals (press Approve on a card, then the note), one script per
 * supervisor so each chat stays in order. Scripts are shuffled deterministically.
 */
export function closedLoopScripts(org: BenchOrganisation, approvalsPerSupervisor = 30): Script[] {
  const scripts: Script[] = [];
  for (const [i, p] of org.people.entries()) {
    if (p.supervisor) continue;
    const slot = (i * 7919) % 20;
    const c = p.chatId;
    if (slot < 6) scripts.push(json([textUpdate(c, '/start'), callbackUpdate(c, 'balance')]));
    else if (slot < 10) scripts.push(json([textUpdate(c, '/status')]));
    else if (slot < 14) scripts.push(json([textUpdate(c, '/saldo')]));
    else if (slot < 17) scripts.push(json([textUpdate(c, '/slip'), callbackUpdate(c, org.period)]));
    else scripts.push(json([textUpdate(c, '/cuti'), callbackUpdate(c, 'CT')]));
  }
  const byApprover = new Map<number, Array<Record<string, unknown>>>();
  for (const step of org.pending) {
    const list = byApprover.get(step.approverChatId) ?? [];
    if (list.length >= approvalsPerSupervisor * 2) continue;
    list.push(callbackUpdate(step.approverChatId, `dec:${step.token}:APPROVE`), textUpdate(step.approverChatId, '-'));
    byApprover.set(step.approverChatId, list);
  }
  // Approvals start early so they finish inside the run.
  return [...[...byApprover.values()].map(json), ...shuffle(scripts)];
}

/**
 * `count` single updates (balance and status checks) for the open loop, where
 * chats must not wait on each other: each staff chat once, shuffled, then
 * again in the same order with new update ids until there are enough.
 */
export function openLoopScripts(org: BenchOrganisation, count: number): Script[] {
  const chats = shuffle(org.people.filter((p) => !p.supervisor).map((p) => p.chatId));
  return Array.from({ length: count }, (_, i) => json([textUpdate(chats[i % chats.length]!, i % 2 === 0 ? '/saldo' : '/status')]));
}

function shuffle<T>(items: T[]): T[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
