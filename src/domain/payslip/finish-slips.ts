import { type DraftSlip, type ImportError, type ImportResult, importError, type ParsedSlip } from './payslip-types';

/**
 * The checks every import format shares, then all or nothing: unknown or
 * repeated employees, repeated line codes, a missing net, and earnings minus
 * deductions that differ from the stated net. `earlier` are the errors the
 * format reader already found; any error at all means no slip is returned.
 */
export function finishSlips(
  period: string,
  drafts: readonly DraftSlip[],
  knownNips: ReadonlySet<string>,
  earlier: readonly ImportError[],
): ImportResult {
  const errors = [...earlier];
  const firstLine = new Map<string, number>();
  const slips: ParsedSlip[] = [];
  for (const draft of drafts) {
    const seenAt = firstLine.get(draft.nip);
    if (seenAt !== undefined) {
      errors.push(importError(draft.line, 'payslip.import.duplicate_employee', { nip: draft.nip, firstLine: seenAt }));
      continue;
    }
    firstLine.set(draft.nip, draft.line);
    if (!knownNips.has(draft.nip)) errors.push(importError(draft.line, 'payslip.import.unknown_nip', { nip: draft.nip }));
    const slip = totals(draft);
    errors.push(...draftErrors(draft, slip));
    if (slip) slips.push(slip);
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, period, slips };
}

function draftErrors(draft: DraftSlip, slip: ParsedSlip | null): ImportError[] {
  const errors: ImportError[] = [];
  const codes = new Set<string>();
  for (const line of draft.lines) {
    const key = `${line.kind}:${line.code}`;
    if (codes.has(key)) errors.push(importError(line.line, 'payslip.import.duplicate_line', { nip: draft.nip, code: line.code }));
    codes.add(key);
  }
  if (draft.lines.length === 0 && !draft.hasRowErrors) {
    errors.push(importError(draft.line, 'payslip.import.empty_slip', { nip: draft.nip }));
  }
  if (draft.net === null && !draft.hasRowErrors) {
    errors.push(importError(draft.line, 'payslip.import.missing_net', { nip: draft.nip }));
  }
  if (slip && draft.net && !draft.hasRowErrors && slip.earnings - slip.deductions !== draft.net.amount) {
    errors.push(
      importError(draft.net.line, 'payslip.import.net_mismatch', {
        nip: draft.nip,
        earnings: slip.earnings,
        deductions: slip.deductions,
        computed: slip.earnings - slip.deductions,
        stated: draft.net.amount,
      }),
    );
  }
  return errors;
}

function totals(draft: DraftSlip): ParsedSlip | null {
  if (!draft.net) return null;
  const sum = (kind: string) => draft.lines.filter((l) => l.kind === kind).reduce((acc, l) => acc + l.amount, 0);
  return {
    nip: draft.nip,
    earnings: sum('EARNING'),
    deductions: sum('DEDUCTION'),
    net: draft.net.amount,
    lines: draft.lines.map(({ kind, code, label, amount }, index) => ({ kind, code, label, amount, position: index + 1 })),
  };
}
