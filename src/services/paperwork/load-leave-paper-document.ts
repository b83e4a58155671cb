import { AppError } from '../../domain/app-error';
import { jakartaDay } from '../../domain/day';
import type { Language } from '../../domain/language';
import { leaveLength } from '../../domain/paperwork/leave-length';
import {
  type FormStep,
  type LeaveFormDocument,
  type LeaveLetterDocument,
  isFormLeaveType,
  type PaperDecision,
} from '../../domain/paperwork/leave-paper-document';
import { serviceLength } from '../../domain/paperwork/service-length';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { findAuthorizedOfficial } from '../policy/load-leave-policy';
import { letterheadOf, type PaperworkConfig, verificationOf } from './paperwork-config';
import { readFacts } from './paper-facts';
import { paperChannelLabel } from './paper-channel-label';
import { leaveRecordOf } from './leave-record';

const personSelect = { name: true, nip: true, position: true } as const;

export type LoadedPaper =
  | { kind: 'FORM'; ref: string; version: number; document: LeaveFormDocument }
  | { kind: 'LETTER'; ref: string; version: number; document: LeaveLetterDocument };

/**
 * A stored paper (form or letter) as the document to print: the request,
 * its employee and steps as they are, the facts the paper was issued with.
 * Throws AppError('paperwork.not_found') when the paper does not exist.
 */
export async function loadLeavePaperDocument(tx: Tx, paperId: number, config: PaperworkConfig, now: Date, lang: Language = 'id'): Promise<LoadedPaper> {
  const paper = await tx.leavePaper.findUnique({
    where: { id: paperId },
    select: { kind: true, version: true, number: true, verificationCode: true, issuedAt: true, facts: true, requestId: true },
  });
  if (!paper) throw new AppError('paperwork.not_found');
  const request = await tx.leaveRequest.findUniqueOrThrow({
    where: { id: paper.requestId },
    select: {
      ref: true, typeCode: true, status: true, startDate: true, endDate: true, days: true, reason: true, address: true, phoneDuring: true,
      createdAt: true, submittedVia: true, proxy: true, employeeId: true,
      submittedBy: { select: personSelect },
      employee: { select: { ...personSelect, rank: true, kind: true, serviceStart: true, unit: { select: { name: true } } } },
      steps: {
        orderBy: { order: 'asc' },
        select: {
          role: true, status: true, decision: true, note: true, changedStart: true, changedEnd: true, decidedAt: true, decidedVia: true,
          approver: { select: personSelect }, decidedBy: { select: personSelect },
        },
      },
    },
  });
  if (!isFormLeaveType(request.typeCode)) throw new AppError('paperwork.not_found');
  const printed = readFacts(paper.facts);
  const dates = { start: printed?.start ?? request.startDate, end: printed?.end ?? request.endDate, days: printed?.days ?? request.days };
  const length = leaveLength(request.typeCode, dates.start, dates.end, dates.days);
  const letterhead = letterheadOf(config);
  const verification = verificationOf(config, paper.verificationCode);
  const employee = request.employee;

  if (paper.kind === 'LETTER') {
    const granting = [...request.steps].reverse().find((s) => s.status === 'DECIDED' && s.decidedBy && s.decidedAt);
    if (!granting?.decidedBy || !granting.decidedAt) throw new AppError('paperwork.not_found');
    return {
      kind: 'LETTER',
      ref: request.ref,
      version: paper.version,
      document: {
        letterhead, place: config.LETTER_PLACE, date: jakartaDay(paper.issuedAt), number: paper.number ?? '', version: paper.version,
        typeCode: request.typeCode, year: Number(dates.start.slice(0, 4)),
        employee: { name: employee.name, nip: employee.nip, rank: employee.rank, position: employee.position, unit: employee.unit.name, kind: employee.kind },
        length, start: dates.start, end: dates.end,
        official: {
          name: granting.decidedBy.name, nip: granting.decidedBy.nip, position: granting.decidedBy.position,
          channel: paperChannelLabel(granting.decidedVia, lang), at: granting.decidedAt,
        },
        copies: config.LETTER_COPIES, verification, printedAt: now,
      },
    };
  }

  const day = jakartaDay(request.createdAt);
  const service = serviceLength(employee.serviceStart, day);
  const supervisorStep = request.steps.find((s) => s.role === 'SUPERVISOR') ?? request.steps[0];
  const officialStep = request.steps.find((s) => s.role === 'OFFICIAL' && s !== supervisorStep);
  const addressee = officialStep?.approver.position ?? (await officialPosition(tx, request.employeeId, request.typeCode));
  return {
    kind: 'FORM',
    ref: request.ref,
    version: paper.version,
    document: {
      letterhead, place: config.LETTER_PLACE, date: day, addressee: addressee ?? config.AGENCY_NAME,
      employee: {
        name: employee.name, nip: employee.nip, position: employee.position,
        serviceYears: service.years, serviceMonths: service.months, unit: employee.unit.name,
      },
      typeCode: request.typeCode, reason: request.reason, length, start: dates.start, end: dates.end,
      record: await leaveRecordOf(tx, request.employeeId, Number(day.slice(0, 4)), lang),
      addressDuring: request.address, phone: request.phoneDuring,
      requester: {
        name: employee.name, nip: employee.nip, at: request.createdAt,
        channel: paperChannelLabel(request.submittedVia, lang, request.proxy),
        proxyName: request.proxy ? request.submittedBy.name : null,
      },
      supervisor: supervisorStep ? formStep(supervisorStep, lang) : { state: 'NOT_NEEDED' },
      official: officialStep ? formStep(officialStep, lang) : { state: 'NOT_NEEDED' },
      statusLabel: translate(lang, `paperwork.status.${request.status}`),
      verification, printedAt: now,
    },
  };
}

/** The position of the official who decides this employee's leave of this type (unit rules apply). */
async function officialPosition(tx: Tx, employeeId: number, typeCode: string): Promise<string | null> {
  const id = await findAuthorizedOfficial(tx, { employeeId, typeCode });
  if (id === null) return null;
  return (await tx.employee.findUnique({ where: { id }, select: { position: true } }))?.position ?? null;
}

interface StepRow {
  status: string;
  decision: string | null;
  note: string | null;
  changedStart: string | null;
  changedEnd: string | null;
  decidedAt: Date | null;
  decidedVia: string | null;
  approver: { name: string; nip: string; position: string };
  decidedBy: { name: string; nip: string; position: string } | null;
}

function formStep(step: StepRow, lang: Language): FormStep {
  if (step.status === 'DECIDED' && step.decision && step.decidedBy && step.decidedAt) {
    return {
      state: 'DECIDED',
      decision: step.decision as PaperDecision,
      note: step.note,
      changed: step.changedStart && step.changedEnd ? { start: step.changedStart, end: step.changedEnd } : null,
      signature: { name: step.decidedBy.name, nip: step.decidedBy.nip, channel: paperChannelLabel(step.decidedVia, lang), at: step.decidedAt },
    };
  }
  if (step.status === 'PENDING' || step.status === 'WAITING') return { state: 'PENDING', approverName: step.approver.name };
  return { state: 'NOT_NEEDED' };
}
