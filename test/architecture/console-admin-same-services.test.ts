import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const CONSOLE = 'src/http/console';
const ADMIN = 'src/http/admin/routes';

/**
 * Each console action beside the admin API route that does the same thing,
 * and the service module both must reach: the console is another face of the
 * same use case, never a second code path. Add a row when a console section
 * takes over an admin action.
 */
const SAME_ACTION: ReadonlyArray<{ action: string; console: string; admin: string; service: string }> = [
  { action: 'list delegations', console: 'delegations-section.ts', admin: 'delegation-routes.ts', service: 'delegations/list-delegations.ts' },
  { action: 'name a substitute', console: 'delegations-section.ts', admin: 'delegation-routes.ts', service: 'delegations/create-delegation.ts' },
  { action: 'end a delegation', console: 'delegations-section.ts', admin: 'delegation-routes.ts', service: 'delegations/end-delegation.ts' },
  { action: 'search employees', console: 'people-section.ts', admin: 'employee-routes.ts', service: 'admin/find-employees.ts' },
  { action: "an employee's data", console: 'people-section.ts', admin: 'employee-routes.ts', service: 'admin/get-employee.ts' },
  { action: 'make a link code', console: 'people-section.ts', admin: 'employee-routes.ts', service: 'link-codes/create-link-code.ts' },
  { action: 'send dead letters again', console: 'operations-section.ts', admin: 'audit-routes.ts', service: 'ops/retry-dead-messages.ts' },
  { action: 'outbox counts and dead letters', console: 'operations-section.ts', admin: 'audit-routes.ts', service: 'admin/outbox-state.ts' },
  { action: 'send queue per lane', console: 'operations-section.ts', admin: 'audit-routes.ts', service: 'outbox-queue/outbox-backlog.ts' },
  { action: "jobs' last runs", console: 'operations-section.ts', admin: 'job-routes.ts', service: 'jobs/list-job-runs.ts' },
  { action: 'browse the audit log', console: 'audit-section.ts', admin: 'audit-routes.ts', service: 'admin/query-audit-log.ts' },
  { action: 'list leave requests', console: 'console-routes.ts', admin: 'leave-request-routes.ts', service: 'leave/list-leave-requests.ts' },
  { action: "a request's document", console: 'console-routes.ts', admin: 'leave-request-routes.ts', service: 'leave-documents/read-leave-document.ts' },
  { action: 'print a leave paper', console: 'console-routes.ts', admin: 'leave-paper-routes.ts', service: 'paperwork/take-request-paper.ts' },
  { action: 'render a leave paper', console: 'console-routes.ts', admin: 'leave-paper-routes.ts', service: 'paperwork/resolve-leave-paper.ts' },
  { action: 'change the leave policy (dry run and save)', console: 'policy-section.ts', admin: 'settings-routes.ts', service: 'settings/leave-policy-settings.ts' },
  { action: "a unit's authorized officials (set, remove)", console: 'org-section.ts', admin: 'settings-routes.ts', service: 'settings/unit-officials.ts' },
  { action: 'list the payroll runs', console: 'payroll-section.ts', admin: 'payroll-routes.ts', service: 'payslips/list-payroll-periods.ts' },
  { action: 'check (dry run) and import a payroll month', console: 'payroll-section.ts', admin: 'payroll-routes.ts', service: 'payslips/import-payroll-month.ts' },
  { action: 'publish a payroll month', console: 'payroll-section.ts', admin: 'payroll-routes.ts', service: 'payslips/publish-payroll-month.ts' },
  { action: 'the payroll publishing rule', console: 'payroll-section.ts', admin: 'payroll-routes.ts', service: 'payslips/payroll-publish-rule.ts' },
  { action: "a payroll run's delivery and resending its failed notices", console: 'payroll-section.ts', admin: 'payroll-routes.ts', service: 'payslips/payroll-delivery.ts' },
  { action: "a payroll run's delivery, resending its failed notices", console: 'payroll-section.ts', admin: 'payroll-routes.ts', service: 'payslips/payroll-delivery.ts' },
  { action: "the city's authority settings (read, save)", console: 'org-section.ts', admin: 'settings-routes.ts', service: 'settings/city-authority-settings.ts' },
  { action: 'list profile changes', console: 'console-routes.ts', admin: 'profile-change-routes.ts', service: 'profile/profile-change-view.ts' },
  { action: 'review a profile change', console: 'console-routes.ts', admin: 'profile-change-routes.ts', service: 'profile/review-profile-change.ts' },
  { action: 'import employees (dry run and confirm)', console: 'imports-section.ts', admin: 'import-routes.ts', service: 'imports/employees/import-employees.ts' },
  { action: 'import org units', console: 'imports-section.ts', admin: 'import-routes.ts', service: 'imports/org-units/import-org-units.ts' },
  { action: 'import leave balances', console: 'imports-section.ts', admin: 'import-routes.ts', service: 'imports/leave-balances/import-leave-balances.ts' },
  { action: "import a year's holidays", console: 'imports-section.ts', admin: 'import-routes.ts', service: 'imports/holidays/import-holidays.ts' },
  { action: 'import cuti bersama days worked', console: 'imports-section.ts', admin: 'import-routes.ts', service: 'imports/cuti-bersama-credits/import-cuti-bersama-credits.ts' },
  { action: 'list, add and remove a holiday', console: 'holidays-section.ts', admin: 'settings-routes.ts', service: 'settings/holiday-settings.ts' },
  { action: 'credit a cuti bersama day worked to chosen employees', console: 'holidays-section.ts', admin: 'import-routes.ts', service: 'imports/cuti-bersama-credits/import-cuti-bersama-credits.ts' },
];

/** A Prisma write (model write, raw SQL, the dialect's statements) in source text. */
const PRISMA_WRITE = [
  /\b(?:tx|prisma|client|db)\.(?!\$)\w+\.(?:create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/,
  /\$(?:executeRaw|queryRaw)\w*/,
  /\$dialect\b|\.dialect\./,
];

function prismaWrites(text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => PRISMA_WRITE.some((re) => re.test(line)))
    .map(({ line, n }) => `${n}: ${line.trim()}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The files a source file imports for their values (type-only imports run nothing). */
function valueImports(file: string, text: string, exists: (path: string) => boolean): string[] {
  const resolve = (spec: string) => {
    const base = normalize(join(dirname(file), spec)).replace(/\.js$/, '');
    return [`${base}.ts`, join(base, 'index.ts')].find(exists);
  };
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gm)]
    .map((m) => resolve((m[1] ?? m[2])!))
    .filter((t): t is string => t !== undefined && t !== file);
}

/** Every file a file reaches through value imports, itself included. */
function reach(file: string, read: (path: string) => string | undefined): Set<string> {
  const seen = new Set<string>();
  const todo = [file];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (seen.has(next)) continue;
    const text = read(next);
    if (text === undefined) continue;
    seen.add(next);
    todo.push(...valueImports(next, text, (p) => read(p) !== undefined));
  }
  return seen;
}

const cache = new Map<string, string | undefined>();
const readSource = (path: string): string | undefined => {
  if (!cache.has(path)) {
    try {
      cache.set(path, readFileSync(join(root, path), 'utf8'));
    } catch {
      cache.set(path, undefined);
    }
  }
  return cache.get(path);
};

/** What breaks "same action, same service": the service missing from either side's reach. */
function sameServiceProblems(rows: typeof SAME_ACTION, read: (path: string) => string | undefined): string[] {
  return rows.flatMap((row) => {
    const service = `src/services/${row.service}`;
    if (read(service) === undefined) return [`${row.action}: ${service} does not exist`];
    return ([['console', `${CONSOLE}/${row.console}`], ['admin', `${ADMIN}/${row.admin}`]] as const)
      .filter(([, file]) => !reach(file, read).has(service))
      .map(([side, file]) => `${row.action}: ${side} ${file} does not reach ${service}`);
  });
}

/** The console's own state: the only tables the console's own use cases (src/services/console/) write themselves (sign-in links, sessions, uploads awaiting confirmation). */
const CONSOLE_OWN_MODELS = ['consoleLink', 'consoleSession', 'consoleImportUpload'];

/** Writing services only the console reaches, each with why it has no admin route or chat twin. */
const CONSOLE_ONLY_SERVICES: Readonly<Record<string, string>> = {
  'src/services/admin/create-admin-token.ts': 'shared with the operator\'s `npm run admin:token` (scripts/), not the admin API: a token does not mint tokens',
  'src/services/admin/revoke-admin-token.ts': 'shared with the operator\'s `npm run admin:token` (scripts/), not the admin API: a token does not revoke tokens',
};

/** The callers a console write must share its service with: the admin API, the chat (flows and engine), the jobs, the channels. */
const SHARED_CALLERS = ['src/http/admin', 'flows', 'src/conversation', 'src/jobs', 'src/channels'];

/** Models the console's own use cases write themselves, beyond the console's own tables. */
function foreignModelWrites(file: string, text: string): string[] {
  return [...text.matchAll(/\btx\.(\w+)\.(?:create|createMany|update|updateMany|upsert|delete|deleteMany)\s*\(/g)]
    .map((m) => m[1]!)
    .filter((model) => !CONSOLE_OWN_MODELS.includes(model))
    .map((model) => `${file} writes ${model}`);
}

/**
 * Prisma writes the console causes in modules no shared caller reaches: a
 * write path of the console's own. A console-only module that only calls
 * shared writers (a run's failed notices sent again through
 * retryDeadMessages) is no such path; one that writes itself is.
 */
function consoleOnlyWrites(consoleFiles: readonly string[], sharedFiles: readonly string[], read: (path: string) => string | undefined): string[] {
  const shared = new Set(sharedFiles.flatMap((file) => [...reach(file, read)]));
  const ownWriter = (file: string) =>
    file.startsWith('src/services/') && !file.startsWith('src/services/console/') && !shared.has(file) && !(file in CONSOLE_ONLY_SERVICES) && prismaWrites(read(file) ?? '').length > 0;
  return [...new Set(consoleFiles.flatMap((file) =>
    valueImports(file, read(file) ?? '', (p) => read(p) !== undefined)
      .filter((service) => service.startsWith('src/services/') && !service.startsWith('src/services/console/'))
      .flatMap((service) => [...reach(service, read)].filter(ownWriter).map((writer) => `${file} -> ${service}${writer === service ? '' : ` -> ${writer}`}`))))];
}

describe('the console and the admin API call the same services', () => {
  it('for each action both offer, the console section and the admin route reach the same service module', () => {
    expect(sameServiceProblems(SAME_ACTION, readSource)).toEqual([]);
  });

  it('no console file writes through Prisma, raw SQL or the dialect: writes go through services', () => {
    const found = sourceFiles(CONSOLE).flatMap((file) => prismaWrites(readSource(file)!).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });

  it('no admin route file writes through Prisma either, so the service is the one place for a write', () => {
    const found = sourceFiles(ADMIN).flatMap((file) => prismaWrites(readSource(file)!).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });

  it("the console's own use cases write only the console's own tables (sign-in links, sessions); other writes are shared services", () => {
    expect(sourceFiles('src/services/console').flatMap((file) => foreignModelWrites(file, readSource(file)!))).toEqual([]);
  });

  it('every writing service the console calls is one the admin API, the chat, the jobs or a channel calls too', () => {
    const consoleFiles = [...sourceFiles(CONSOLE), ...sourceFiles('src/services/console')];
    const sharedFiles = SHARED_CALLERS.flatMap((dir) => sourceFiles(dir));
    expect(consoleOnlyWrites(consoleFiles, sharedFiles, readSource)).toEqual([]);
  });

  it('is recognised when someone breaks it (the checks above can fail)', () => {
    expect(prismaWrites('await tx.delegation.create({ data });')).toHaveLength(1);
    expect(prismaWrites('  const row = await deps.db.prisma.outboxMessage.updateMany({ where, data: { status: "PENDING" } });')).toHaveLength(1);
    expect(prismaWrites('await tx.$executeRawUnsafe(`DELETE FROM "Delegation"`);')).toHaveLength(1);
    expect(prismaWrites('await tx.$dialect.outbox.insert(rows);')).toHaveLength(1);
    expect(prismaWrites('const found = await tx.employee.findUnique({ where: { nip }, select: { id: true } });')).toEqual([]);
    expect(prismaWrites('await inTx((tx) => createDelegation(tx, now, input));')).toEqual([]);

    // A console section that does the admin route's work by its own code path: it reaches its own module, not the shared one.
    const files: Record<string, string> = {
      [`${CONSOLE}/x-section.ts`]: "import { makeThing } from '../../services/x/console-make-thing';\nimport type { Tx } from '../../store/database';",
      [`${ADMIN}/x-routes.ts`]: "import { makeThing } from '../../../services/x/make-thing';",
      'src/services/x/make-thing.ts': 'export const makeThing = (tx) => tx.thing.create({});',
      'src/services/x/console-make-thing.ts': 'export const makeThing = (tx) => tx.thing.create({});',
    };
    const row = { action: 'make a thing', console: 'x-section.ts', admin: 'x-routes.ts', service: 'x/make-thing.ts' };
    expect(sameServiceProblems([row], (p) => files[p])).toEqual([`make a thing: console ${CONSOLE}/x-section.ts does not reach src/services/x/make-thing.ts`]);
    // Through another module (the console's own use case calling the shared one) it passes; a type-only import does not count.
    files['src/services/x/console-make-thing.ts'] = "import { makeThing as shared } from './make-thing';\nexport const makeThing = shared;";
    expect(sameServiceProblems([row], (p) => files[p])).toEqual([]);
    files[`${CONSOLE}/x-section.ts`] = "import type { makeThing } from '../../services/x/make-thing';";
    expect(sameServiceProblems([row], (p) => files[p])).toHaveLength(1);

    expect(foreignModelWrites('console-x.ts', 'await tx.consoleSession.updateMany({}); await tx.leaveBalance.update({});')).toEqual(['console-x.ts writes leaveBalance']);
    // A console page calling a writing service that neither the admin API nor the chat uses.
    const world: Record<string, string> = {
      [`${CONSOLE}/x-section.ts`]: "import { fixBalance } from '../../services/x/fix-balance';\nimport { readThing } from '../../services/x/read-thing';",
      'src/services/x/fix-balance.ts': "import { audit } from './audit-it';\nexport const fixBalance = (tx) => tx.leaveBalance.update({}).then(() => audit(tx));",
      'src/services/x/audit-it.ts': 'export const audit = (tx) => tx.auditLog.create({ data: {} });',
      'src/services/x/read-thing.ts': 'export const readThing = (tx) => tx.thing.findMany({});',
      [`${ADMIN}/x-routes.ts`]: "import { readThing } from '../../../services/x/read-thing';",
    };
    const check = () => consoleOnlyWrites([`${CONSOLE}/x-section.ts`], [`${ADMIN}/x-routes.ts`], (p) => world[p]);
    expect(check()).toEqual([`${CONSOLE}/x-section.ts -> src/services/x/fix-balance.ts`, `${CONSOLE}/x-section.ts -> src/services/x/fix-balance.ts -> src/services/x/audit-it.ts`]);
    // The audit writer shared with the admin API: the console's own update is still flagged.
    world[`${ADMIN}/x-routes.ts`] += "\nimport { audit } from '../../../services/x/audit-it';";
    expect(check()).toEqual([`${CONSOLE}/x-section.ts -> src/services/x/fix-balance.ts`]);
    // A console-only wrapper that only calls the shared writer passes.
    world['src/services/x/fix-balance.ts'] = "import { audit } from './audit-it';\nexport const fixBalance = (tx) => audit(tx);";
    expect(check()).toEqual([]);
  });

  it('names real files in its table', () => {
    for (const row of SAME_ACTION) {
      expect(readSource(`${CONSOLE}/${row.console}`), row.console).toBeDefined();
      expect(readSource(`${ADMIN}/${row.admin}`), row.admin).toBeDefined();
    }
  });
});
