import { matchKeyword } from '../../src/conversation/understand/match-keyword';
import { formatDay } from '../../src/domain/format';
import { advance } from './advance';
import { type HalfDayAnswer } from './leave-draft';
import { leaveStep } from './leave-step';

const HALF_DAYS: readonly HalfDayAnswer[] = ['FULL', 'MORNING', 'AFTERNOON'];
const HALF_DAY_WORDS: Record<HalfDayAnswer, readonly string[]> = {
  FULL: ['penuh', 'sehari', 'sehari penuh', 'full', 'full day', 'seharian'],
  MORNING: ['pagi', 'morning', 'setengah hari pagi', 'am'],
  AFTERNOON: ['siang', 'sore', 'afternoon', 'setengah hari siang', 'pm'],
};

/** A single day of cuti tahunan may be half: the morning or the afternoon, or the whole day. */
export const halfDayStep = leaveStep.choice<HalfDayAnswer>({
  prompt: (ctx, draft) => ctx.t('leave_flow.half_day.prompt', { day: formatDay(draft.start ?? ctx.today, ctx.lang) }),
  choices: (ctx) => HALF_DAYS.map((value) => ({ value, label: ctx.t(`leave_flow.half_day.${value}`) })),
  read: (input) => (input.kind === 'text' ? matchKeyword(input.text.slice(0, 60), HALF_DAY_WORDS) : null),
  hint: 'leave_flow.half_day.hint',
  next: (halfDay, ctx, draft) => advance(ctx, { ...draft, halfDay }),
});
