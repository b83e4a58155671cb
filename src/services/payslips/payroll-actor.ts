import type { AdminActor } from '../admin/admin-actor';
import { auditActor } from '../admin/admin-actor';
import type { AuditEntry } from '../audit';

/**
 * Who imports or publishes a payroll month: HR through the admin API, or an
 * operator running the CLI. `actorName` is also stored on the period
 * (importedBy, publishedBy).
 */
export type PayrollActor = Pick<AuditEntry, 'actorType' | 'actorId' | 'channel'> & { actorName: string };

export function payrollActorOfAdmin(actor: AdminActor): PayrollActor {
  return { ...auditActor(actor), actorName: actor.name };
}

/** The operator of `npm run payroll:import` (the OS user when known). */
export function payrollActorOfCli(user: string): PayrollActor {
  return { actorType: 'SYSTEM', actorName: `cli:${user}`, channel: 'CLI' };
}
