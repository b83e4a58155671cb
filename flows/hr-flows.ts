import type { FlowDef } from '../src/conversation/flow';
import { actForFlow } from './act-for';
import { consoleLinkFlow } from './console-link';
import { hrDigestFlow } from './hr-digest';
import { hrFindFlow } from './hr-find';
import { hrProfileReviewFlow } from './hr-profile-review';
import { hrWorklistFlow } from './hr-worklist';

/** The flows of HR's work in chat (digest, search, worklist, data review, the console's link) and of acting for an employee. */
export const hrFlows: readonly FlowDef[] = [hrFindFlow, hrDigestFlow, hrWorklistFlow, hrProfileReviewFlow, consoleLinkFlow, actForFlow];
