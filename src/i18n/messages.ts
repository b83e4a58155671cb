import type { Catalog } from './catalog';
import { actForMessages } from './messages/act-for';
import { adminMessages } from './messages/admin';
import { approvalsMessages } from './messages/approvals';
import { commonMessages } from './messages/common';
import { consoleMessages } from './messages/console';
import { consoleAuditMessages } from './messages/console-audit';
import { consolePeopleMessages } from './messages/console-people';
import { consoleDelegationMessages } from './messages/console-delegations';
import { consoleOperationsMessages } from './messages/console-operations';
import { consoleOrgMessages } from './messages/console-org';
import { consolePolicyMessages } from './messages/console-policy';
import { consoleTokensMessages } from './messages/console-tokens';
import { consolePayrollMessages } from './messages/console-payroll';
import { consoleImportMessages } from './messages/console-imports';
import { consoleHolidayMessages } from './messages/console-holidays';
import { conversationMessages } from './messages/conversation';
import { delegationMessages } from './messages/delegation';
import { devMessages } from './messages/dev';
import { leaveMessages } from './messages/leave';
import { leaveDuringMessages } from './messages/leave-during';
import { leaveFlowMessages } from './messages/leave-flow';
import { leaveNotifyMessages } from './messages/leave-notify';
import { hrMessages } from './messages/hr';
import { jobsMessages } from './messages/jobs';
import { linkMessages } from './messages/link';
import { menuMessages } from './messages/menu';
import { privacyMessages } from './messages/privacy';
import { profileMessages } from './messages/profile';
import { paperworkMessages } from './messages/paperwork';
import { payslipMessages } from './messages/payslip';
import { payslipFlowMessages } from './messages/payslip-flow';
import { telegramMessages } from './messages/telegram';
import { whatsappMessages } from './messages/whatsapp';

/**
 * Every catalogue of the bot, merged. Each area keeps its own file under
 * ./messages/ with keys prefixed by the area ("leave.", "payslip.", ...).
 */
export const catalog: Catalog = {
  ...actForMessages,
  ...adminMessages,
  ...approvalsMessages,
  ...commonMessages,
  ...consoleMessages,
  ...consoleAuditMessages,
  ...consolePeopleMessages,
  ...consoleDelegationMessages,
  ...consoleOperationsMessages,
  ...consoleOrgMessages,
  ...consolePolicyMessages,
  ...consoleTokensMessages,
  ...consolePayrollMessages,
  ...consoleImportMessages,
  ...consoleHolidayMessages,
  ...conversationMessages,
  ...delegationMessages,
  ...devMessages,
  ...leaveMessages,
  ...leaveDuringMessages,
  ...leaveFlowMessages,
  ...leaveNotifyMessages,
  ...hrMessages,
  ...jobsMessages,
  ...linkMessages,
  ...menuMessages,
  ...privacyMessages,
  ...profileMessages,
  ...paperworkMessages,
  ...payslipMessages,
  ...payslipFlowMessages,
  ...telegramMessages,
  ...whatsappMessages,
};
