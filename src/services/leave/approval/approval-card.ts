import type { OutboundMessage } from '../../../chat/outbound-message';
import { formatDayRange, formatDays } from '../../../domain/format';
import type { Language } from '../../../domain/language';
import type { Decision, LeaveTypeRule } from '../../../domain/leave';
import { hasMessage, translate } from '../../../i18n/translate';
import type { LeaveRequestView, StepSummary } from '../contract';
import type { StepAuthority } from '../../policy/step-authority';
import { stepRef } from './step-token';
import { paperValue } from '../../paperwork/paper-button';
import type { UnitAway } from './unit-away';

export const DECISIONS: readonly Decision[] = ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'];

/**
 * What a card's buttons do: approve at once, approve with a note (NOTE),
 * change the dates, defer, reject.
 */
export type CardAction = Decision | 'NOTE';
export const CARD_ACTIONS: readonly CardAction[] = ['APPROVE', 'NOTE', 'CHANGE', 'DEFER', 'REJECT'];

/** The decision an action records (NOTE approves). */
export const decisionOf = (action: CardAction): Decision => (action === 'NOTE' ? 'APPROVE' : action);

/** Everything an approver's card shows about one request. */
export interface CardFacts {
  view: LeaveRequestView;
  unit: LeaveTypeRule['unit'];
  /** CT only: what is left per year once this request's days are held. */
  balances: Array<{ year: number; available: number }>;
  /** Colleagues of the unit away on the request's days, and how many remain. */
  unitAway?: UnitAway;
}

/** At most this many colleagues are named on a card; the rest are counted. */
const AWAY_NAMED = 6;

/** "Rekan unit yang cuti pada tanggal itu: …" and how many of the unit remain. */
function unitAwayLines(away: UnitAway, lang: Language): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const remain = t('approvals.card.unit_remaining', { remaining: away.remaining, total: away.unitSize });
  if (away.away.length === 0) return [`${t('approvals.card.unit_away_none')} ${remain}`];
  const named = away.away.slice(0, AWAY_NAMED).map((a) =>
    t(a.granted ? 'approvals.card.unit_away_item' : 'approvals.card.unit_away_item_pending', {
      name: a.name,
      type: t(`leave.type.${a.typeCode}`),
      dates: formatDayRange(a.start, a.end, lang),
    }),
  );
  const more = away.away.length > AWAY_NAMED ? [t('approvals.card.unit_away_more', { count: away.away.length - AWAY_NAMED })] : [];
  return [t('approvals.card.unit_away'), ...named, ...more, remain];
}

/** The button value of an action on a step: what run-turn routes to the approvals flow. */
export function decisionValue(token: string, action: CardAction): string {
  return `dec:${token}:${action}`;
}

/** The card's decision buttons; Defer only where the step may defer (see mayDefer). */
export function decisionChoices(step: { token: string; canDefer: boolean }, lang: Language) {
  return CARD_ACTIONS.filter((a) => a !== 'DEFER' || step.canDefer).map((a) => ({ value: decisionValue(step.token, a), label: translate(lang, `approvals.choice.${a}`) }));
}

function daysText(days: number, unit: CardFacts['unit'], lang: Language): string {
  return translate(lang, `approvals.card.days.${unit}`, { days: formatDays(days, lang) });
}

function documentLine({ view }: CardFacts, lang: Language): string {
  if (view.requiredDocument === 'NONE' && view.documentCount === 0) return translate(lang, 'approvals.card.document_none');
  const key = `leave.document.${view.requiredDocument}`;
  const document = hasMessage(key) ? translate(lang, key) : view.requiredDocument;
  if (view.documentCount > 0) return translate(lang, 'approvals.card.document_attached', { document, count: view.documentCount });
  return translate(lang, 'approvals.card.document_missing', { document });
}

/** What earlier steps said: recommendation, note, proposed dates. */
function recommendationLines(facts: CardFacts, before: number, lang: Language): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  return facts.view.steps
    .filter((s) => s.order < before && s.status === 'DECIDED' && s.decision)
    .flatMap((s) => {
      const lines = [
        t('approvals.card.recommendation', {
          name: s.decidedByName ?? s.approverName,
          role: t(`approvals.role.${s.role}`),
          decision: t(`approvals.decision.${s.decision}`),
        }),
      ];
      if (s.changedStart && s.changedEnd) {
        lines.push(t('approvals.card.proposal', { dates: formatDayRange(s.changedStart, s.changedEnd, lang) }));
      }
      if (s.note) lines.push(t('approvals.card.note', { note: s.note }));
      return lines;
    });
}

type CardStep = Pick<StepSummary, 'order' | 'role'> & { authority?: StepAuthority | null };

/** "Atas pelimpahan kewenangan dari Wali Kota (Dinas Kesehatan)": on whose authority the official decides. */
function authorityLine(authority: StepAuthority, lang: Language): string {
  if (authority.own) return translate(lang, 'approvals.card.authority_own', { grantor: authority.grantor });
  if (authority.unit === null) return translate(lang, 'approvals.card.authority_city', { grantor: authority.grantor });
  return translate(lang, 'approvals.card.authority', { grantor: authority.grantor, unit: authority.unit });
}

/** The card's text in `lang`: who, what, when, why, where, balance, documents, earlier recommendations. */
export function approvalCardText(facts: CardFacts, step: CardStep, lang: Language): string {
  const { view } = facts;
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  const total = view.steps.filter((s) => s.status !== 'SKIPPED').length;
  const halfDay = view.halfDay ? `, ${t(`approvals.card.half_day.${view.halfDay}`)}` : '';
  const lines = [
    t('approvals.card.title', { ref: view.ref }),
    t('approvals.card.step', { role: t(`approvals.role.${step.role}`), order: step.order, total }),
    ...(step.authority ? [authorityLine(step.authority, lang)] : []),
    '',
    t('approvals.card.employee', { name: view.employeeName, nip: view.employeeNip, unit: view.unitName }),
    t('approvals.card.type', { type: t(`leave.type.${view.typeCode}`) }),
    t('approvals.card.dates', { dates: formatDayRange(view.start, view.end, lang), days: daysText(view.days, facts.unit, lang) + halfDay }),
    t('approvals.card.reason', { reason: view.reason }),
    t('approvals.card.address', { address: view.address }),
  ];
  if (view.phoneDuring) lines.push(t('approvals.card.phone', { phone: view.phoneDuring }));
  if (view.detail.abroad) lines.push(t('approvals.card.abroad'));
  if (view.detail.travelDays) lines.push(t('approvals.card.travel_days', { days: view.detail.travelDays }));
  for (const b of facts.balances) lines.push(t('approvals.card.balance', { year: b.year, days: formatDays(b.available, lang) }));
  lines.push(documentLine(facts, lang));
  if (facts.unitAway) lines.push(...unitAwayLines(facts.unitAway, lang));
  if (view.proxy) lines.push(t('approvals.card.proxy', { name: view.submittedByName }));
  const recommendations = recommendationLines(facts, step.order, lang);
  if (recommendations.length > 0) lines.push('', ...recommendations);
  return lines.join('\n');
}

/** The card's buttons: the decisions, then the request's form (the BKN form as it stands, for the file or a closer look). */
export function cardChoices(step: { token: string; canDefer: boolean }, requestId: number, lang: Language) {
  return [...decisionChoices(step, lang), { value: paperValue('FORM', requestId), label: translate(lang, 'approvals.choice.FORM') }];
}

/** A step as its card shows it: which, on whose authority, and whether it may defer. */
export type CardStepFacts = CardStep & { token: string; canDefer: boolean };

/** A letter sent with the request, as the card's documents list it. */
export interface CardDocument {
  id: number;
  kind: string;
  fileName: string;
  mimeType: string;
}

/** The letters that go with a card, to `readerId` (the step's decider): read from the store when sent, checked for that reader. */
export function cardDocuments(view: LeaveRequestView, documents: readonly CardDocument[], readerId: number, lang: Language): OutboundMessage[] {
  return documents.map((d) => {
    const key = `leave.document.${d.kind}`;
    const document = hasMessage(key) ? translate(lang, key) : translate(lang, 'approvals.card.document_other');
    return {
      kind: 'document',
      fileName: d.fileName,
      mimeType: d.mimeType,
      caption: translate(lang, 'approvals.card.document_caption', { document, ref: view.ref, name: view.employeeName }),
      source: { type: 'leaveDocument', documentId: d.id, requestId: view.id, readerId },
    };
  });
}

/** The card with its buttons, `ref` step:<token> so a later `resolve` replaces the buttons. */
export function approvalCard(facts: CardFacts, step: CardStepFacts, lang: Language): OutboundMessage {
  return { kind: 'choices', text: approvalCardText(facts, step, lang), choices: cardChoices(step, facts.view.id, lang), ref: stepRef(step.token) };
}
