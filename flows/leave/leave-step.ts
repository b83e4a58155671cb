import type { z } from 'zod';
import { stepsFor } from '../../src/conversation/flow';
import type { LeaveDraft, leaveDraftSchema } from './leave-draft';

export type { LeaveDraft };

/** The leave request's steps (its questions in nextLeaveStep's order, and the refusal). */
export type LeaveStepId =
  | 'type' | 'dates' | 'abroad' | 'emergency' | 'half_day' | 'early_reason' | 'travel_days' | 'cap_reason' | 'child_order' | 'first_hajj'
  | 'sick_kind' | 'health_board' | 'reason' | 'address' | 'phone' | 'document' | 'summary' | 'refused';

/** The step kinds typed for the leave request's draft and steps. */
export const leaveStep = stepsFor<LeaveDraft, LeaveStepId, z.input<typeof leaveDraftSchema>>();
