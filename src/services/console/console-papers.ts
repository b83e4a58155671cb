import { isFormLeaveType } from '../../domain/paperwork/leave-paper-document';
import type { Tx } from '../../store/database';
import { requestReaderRole } from '../leave/request-reader-role';
import type { ConsoleScope } from './console-access';

/** Which papers of a request the page may link for the person: the form for types with paperwork, the letter while one stands. */
export async function consolePapersOf(tx: Tx, scope: ConsoleScope, requestId: number): Promise<{ form: boolean; letter: boolean }> {
  const request = await tx.leaveRequest.findUniqueOrThrow({ where: { id: requestId }, select: { typeCode: true } });
  if (!isFormLeaveType(request.typeCode) || !(await requestReaderRole(tx, requestId, scope.person.id, true))) return { form: false, letter: false };
  const letter = await tx.leavePaper.findFirst({ where: { requestId, kind: 'LETTER', status: 'CURRENT' }, select: { id: true } });
  return { form: true, letter: letter !== null };
}
