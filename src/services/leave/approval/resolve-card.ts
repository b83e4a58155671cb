import type { Language } from '../../../domain/language';
import type { Tx } from '../../../store/database';
import { notifyEmployees } from '../../notify/notify-employees';
import { stepRef } from './step-token';

/**
 * Closes a step's card where it was sent (its delegate, else its approver):
 * a `resolve` message replaces the buttons with `text`. The chat the caller
 * answers in is skipped, since its own reply resolves the card there.
 */
export async function resolveCard(
  tx: Tx,
  step: { token: string; approverId: number; delegateId: number | null },
  text: (lang: Language) => string,
  except: { channel: string; chatId: string } | null,
): Promise<void> {
  await notifyEmployees(tx, [
    {
      employeeId: step.delegateId ?? step.approverId,
      prefer: 'TELEGRAM', purpose: 'card',
      dedupeKey: `leave.resolve:${step.token}`,
      except,
      build: (lang) => [{ kind: 'resolve', ref: stepRef(step.token), text: text(lang) }],
    },
  ]);
}
