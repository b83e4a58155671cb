import { z } from 'zod';
import type { TurnContext } from '../../src/conversation/flow';
import type { Choice } from '../../src/chat/outbound-message';
import { formatDayRange } from '../../src/domain/format';
import { LEAVE_STATUSES, LEAVE_TYPE_CODES, planCancellation } from '../../src/domain/leave';
import type { LeaveRequestView } from '../../src/services/leave/contract';

/** A request as a list in the flow data remembers it: enough to pick it, show it and cancel it. */
export const requestItemSchema = z.object({
  id: z.number().int(),
  ref: z.string(),
  typeCode: z.enum(LEAVE_TYPE_CODES),
  start: z.string(),
  end: z.string(),
  days: z.number(),
  status: z.enum(LEAVE_STATUSES),
});
export type RequestItem = z.infer<typeof requestItemSchema>;

/** The data of the flows that list requests: the list, the one picked, a reason typed for it. */
export const requestListSchema = z.object({
  items: z.array(requestItemSchema).default([]),
  selected: z.number().int().optional(),
  reason: z.string().nullable().optional(),
});
export type RequestListData = z.infer<typeof requestListSchema>;

export function toItem(view: LeaveRequestView): RequestItem {
  return {
    id: view.id,
    ref: view.ref,
    typeCode: view.typeCode as RequestItem['typeCode'],
    start: view.start,
    end: view.end,
    days: view.days,
    status: view.status,
  };
}

/** A choice value per request; never a bare number, which would read as "line n" of the list. */
const choiceValue = (id: number): string => `req${id}`;

/** The request id behind a picked choice value. */
export function itemIdOf(value: string): number {
  return Number(value.slice(3));
}

/** "CT-2026-000123 · 14-16 Des 2026" (with the type's name when asked): one button per request. */
export function itemChoices(items: readonly RequestItem[], ctx: TurnContext, withType = false): Choice[] {
  return items.map((item) => {
    const parts = [item.ref, ...(withType ? [ctx.t(`leave.type.${item.typeCode}`)] : []), formatDayRange(item.start, item.end, ctx.lang)];
    return { value: choiceValue(item.id), label: parts.join(' · ') };
  });
}

export function selectedItem(data: RequestListData): RequestItem | undefined {
  return data.items.find((item) => item.id === data.selected);
}

/** Pending, or granted and not started yet. */
export function isCancellable(item: Pick<RequestItem, 'typeCode' | 'status' | 'start'>, today: string): boolean {
  return planCancellation(item, today).ok;
}
