import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';

/**
 * The active demo person with `nip` (one the seed made up), or
 * `dev.persona_not_found`: the local chat never acts as a real employee. The
 * answer is the same for an unknown NIP and a real employee's, so it tells
 * nothing about who works here.
 */
export async function findDemoPersona(tx: Tx, nip: string): Promise<{ id: number; name: string }> {
  const person = await tx.employee.findFirst({ where: { nip, demo: true, active: true }, select: { id: true, name: true } });
  if (!person) throw new AppError('dev.persona_not_found');
  return person;
}
