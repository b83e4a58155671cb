import type { Catalog } from './catalog';
import { adminMessages } from './messages/admin';
import { approvalsMessages } from './messages/approvals';
import { commonMessages } from './messages/common';
import { leaveMessages } from './messages/leave';
import { leaveFlowMessages } from './messages/leave-flow';
import { leaveNotifyMessages } from './messages/leave-notify';
import { jobsMessages } from './messages/jobs';
import { payslipMessages } from './messages/payslip';
import { payslipFlowMessages } from './messages/payslip-flow';
import { telegramMessages } from './messages/telegram';

/**
 * Every catalogue of the bot, merged. Each area keeps its own file under
 * ./messages/ with keys prefixed by the area ("leave.", "payslip.", ...).
 */
export const catalog: Catalog = {
  ...adminMessages,
  ...approvalsMessages,
  ...commonMessages,
  ...leaveMessages,
  ...leaveFlowMessages,
  ...leaveNotifyMessages,
  ...jobsMessages,
  ...payslipMessages,
  ...payslipFlowMessages,
  ...telegramMessages,
};
