import type { Database } from '../store/database';
import { chatKey } from './chat-queues';
import { renewLeases } from './renew-leases';
import type { WorkerState } from './worker-state';

/**
 * Extends the leases of everything this worker holds (waiting, in flight, or
 * sent with the result not yet written). A row another worker took meanwhile
 * is dropped with the rest of its chat (the later ones given back).
 */
export async function renewHeld(state: WorkerState, db: Database, workerId: string, until: number): Promise<void> {
  const { queues } = state;
  const ids = [...queues.all().map((m) => m.id), ...state.inFlightIds.values(), ...state.outcomes.filter((o) => o.kind !== 'release').map((o) => o.id)];
  const lost = new Set(await renewLeases(db, workerId, ids, new Date(until)));
  for (const held of queues.all()) held.leaseUntil = until;
  if (lost.size === 0) return;
  for (const held of queues.all()) {
    if (!lost.has(held.id)) continue;
    const dropped = queues.dropChat(chatKey(held));
    for (const later of dropped) if (!lost.has(later.id)) state.outcomes.push({ kind: 'release', id: later.id });
  }
}
