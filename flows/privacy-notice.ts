import type { TurnContext } from '../src/conversation/flow';
import { privacyUrlOf } from '../src/services/personal-data/collect-personal-data';

/** What SAPA keeps and why, in two lines, with the privacy page: said at first contact and when linking (UU PDP's notice). */
export function privacyNotice(ctx: Pick<TurnContext, 't' | 'agency'>): string {
  return ctx.t('privacy.notice', { url: privacyUrlOf({ PUBLIC_URL: ctx.agency.publicUrl }) });
}
