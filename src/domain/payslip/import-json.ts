import { z } from 'zod';
import { parseLineKind } from './line-kind';
import { type DraftResult, type DraftSlip, type ImportError, importError } from './payslip-types';
import { normalizeNip, readAmount } from './read-amount';

/**
 * JSON form: `{ period: "2026-11", employees: [{ nip, net, lines: [{ kind,
 * code, label, amount }] }] }`. Amounts are numbers or text in the CSV
 * formats ("4.250.300"). Errors name the 1-based position of the employee in
 * `employees` as their line (0 for the document) and the field path.
 */
const amountSchema = z.union([z.number(), z.string()]);

const lineSchema = z.object({
  kind: z.string(),
  code: z.string().trim().min(1),
  label: z.string().trim().min(1),
  amount: amountSchema,
});

export const payslipJsonSchema = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  employees: z.array(
    z.object({
      nip: z.string().trim().min(1),
      net: amountSchema,
      lines: z.array(lineSchema),
    }),
  ),
});

export function readPayslipJson(text: string, period: string): DraftResult {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { drafts: [], errors: [importError(0, 'payslip.import.invalid_json', { detail: String(error) })] };
  }
  const parsed = payslipJsonSchema.safeParse(data);
  if (!parsed.success) return { drafts: [], errors: parsed.error.issues.map(issueError) };
  if (parsed.data.period !== period) {
    const error = importError(0, 'payslip.import.period_mismatch', { expected: period, actual: parsed.data.period });
    return { drafts: [], errors: [error] };
  }
  const errors: ImportError[] = [];
  const drafts = parsed.data.employees.map((employee, index) => {
    const line = index + 1;
    const draft: DraftSlip = { nip: normalizeNip(employee.nip), line, net: null, lines: [], hasRowErrors: false };
    const net = readAmount(employee.net, line, 'net');
    if (net.error) errors.push(net.error);
    else draft.net = { amount: net.amount, line };
    employee.lines.forEach((entry, lineIndex) => {
      const kind = parseLineKind(entry.kind);
      const amount = readAmount(entry.amount, line, `lines.${lineIndex}.amount`);
      if (!kind) errors.push(importError(line, 'payslip.import.invalid_kind', { value: entry.kind }));
      if (amount.error) errors.push(amount.error);
      if (kind && !amount.error) draft.lines.push({ kind, code: entry.code, label: entry.label, amount: amount.amount, line });
    });
    draft.hasRowErrors = errors.some((e) => e.line === line);
    return draft;
  });
  return { drafts, errors };
}

function issueError(issue: z.core.$ZodIssue): ImportError {
  const [root, index] = issue.path;
  const line = root === 'employees' && typeof index === 'number' ? index + 1 : 0;
  return importError(line, 'payslip.import.invalid_field', { path: issue.path.join('.'), detail: issue.message });
}
