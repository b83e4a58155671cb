import { formatDay } from '../../src/domain/format';
import { advance } from './advance';
import { leaveStep } from './leave-step';
import { healthBoardFrom } from './draft-checks';
import { withoutDates } from './refused-step';
import { leaveOf } from './leave-facts';

type Answer = 'now' | 'later' | 'none';

/** The last day a doctor's letter covers for this sick leave (asked only when the leave runs past it). */
async function coveredUntil(ctx: Parameters<typeof advance>[0], draft: Parameters<typeof healthBoardFrom>[0]): Promise<string> {
  const day = healthBoardFrom(draft, await leaveOf(ctx, draft).policy(), (await leaveOf(ctx, draft).requester()).existing);
  return formatDay(day ?? draft.end ?? ctx.today, ctx.lang);
}

/**
 * Sick leave past what a doctor's letter covers (1 year of one illness,
 * earlier sick leave it continues included) needs the health board's letter,
 * which extends it by 6 months: send it now, send it later (the request waits
 * incomplete and cannot be approved until it comes: "kirim surat"), or change
 * the dates to end by the last day covered.
 */
export const healthBoardStep = leaveStep.choice<Answer>({
  prompt: async (ctx, draft) => ctx.t('leave_flow.health_board.prompt', { lastDay: await coveredUntil(ctx, draft) }),
  choices: (ctx) => (['now', 'later', 'none'] as const).map((value) => ({ value, label: ctx.t(`leave_flow.health_board.${value}`) })),
  hint: 'leave_flow.health_board.hint',
  async next(answer, ctx, draft) {
    if (answer === 'none') {
      const lastDay = await coveredUntil(ctx, draft);
      return { to: 'dates', data: withoutDates(draft), say: [{ kind: 'text', text: ctx.t('leave_flow.health_board.change_dates', { lastDay }) }] };
    }
    return advance(ctx, { ...draft, detail: { ...draft.detail, healthBoardLetter: true }, documentLater: answer === 'later' });
  },
});
