import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';

/** One employee as HR sees them: record, unit, supervisor, linked chats and leave balances of `year`. */
export async function getEmployee(tx: Tx, input: { nip: string; year: number }) {
  const employee = await tx.employee.findUnique({
    where: { nip: input.nip },
    select: {
      nip: true,
      name: true,
      kind: true,
      rank: true,
      position: true,
      role: true,
      serviceStart: true,
      contractEnd: true,
      contractStart: true,
      birthDate: true,
      gender: true,
      phone: true,
      email: true,
      address: true,
      language: true,
      hardToReach: true,
      active: true,
      unit: { select: { code: true, name: true } },
      supervisor: { select: { nip: true, name: true } },
      headOf: { select: { code: true, name: true } },
      identities: { select: { channel: true, verifiedAt: true, unreachableAt: true }, orderBy: { id: 'asc' } },
      balances: {
        where: { year: input.year },
        select: { typeCode: true, entitled: true, carriedOver: true, deferred: true, added: true, used: true, reserved: true },
        orderBy: { typeCode: 'asc' },
      },
    },
  });
  if (!employee) throw new AppError('error.not_found');
  return employee;
}
