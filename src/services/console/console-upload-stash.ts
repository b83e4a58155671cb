import { createHash, randomBytes } from 'node:crypto';
import { asJson, type Tx } from '../../store/database';

/** How long an uploaded file waits for its confirmation. */
export const CONSOLE_UPLOAD_TTL_MS = 60 * 60 * 1000;

export interface ConsoleUpload {
  /** What the file is: an import kind of /hr/imports, or "payroll". */
  kind: string;
  /** The choices sent with the file; the page that confirms it reads them back with its own schema. */
  options: unknown;
  fileName: string;
  content: string;
}

const sha256Of = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

/**
 * Keeps a checked file until the officer confirms it (about an hour), so
 * the confirmation imports exactly what was checked and nothing the
 * browser sends back; expired files of anyone are dropped on the way.
 * Returns the random token the confirm form names.
 */
export async function stashConsoleUpload(tx: Tx, input: ConsoleUpload & { options: Readonly<Record<string, string | number | boolean | null>>; uploadedById: number; now: Date }): Promise<string> {
  await tx.consoleImportUpload.deleteMany({ where: { expiresAt: { lte: input.now } } });
  const token = randomBytes(24).toString('base64url');
  await tx.consoleImportUpload.create({
    data: {
      token, kind: input.kind, options: asJson(input.options), fileName: input.fileName,
      content: input.content, sha256: sha256Of(input.content), uploadedById: input.uploadedById,
      expiresAt: new Date(input.now.getTime() + CONSOLE_UPLOAD_TTL_MS),
    },
    select: { id: true },
  });
  return token;
}

/**
 * The stashed file behind a confirm form's token, taken (deleted) so it is
 * imported once: only one of `kinds` (a payroll file is not confirmed as an
 * import, nor the reverse), only by the person who uploaded it, before it
 * expires, and only if its content still has the digest it was stored with.
 * Null otherwise; a file of someone else or of another kind is left alone.
 * Two confirmations at once: the second deletes nothing and gets null.
 */
export async function takeConsoleUpload(tx: Tx, input: { token: string; kinds: readonly string[]; employeeId: number; now: Date }): Promise<ConsoleUpload | null> {
  const found = await tx.consoleImportUpload.findUnique({
    where: { token: input.token },
    select: { id: true, kind: true, options: true, fileName: true, content: true, sha256: true, uploadedById: true, expiresAt: true },
  });
  if (!found || found.uploadedById !== input.employeeId || !input.kinds.includes(found.kind)) return null;
  const taken = await tx.consoleImportUpload.deleteMany({ where: { id: found.id } });
  if (taken.count === 0 || found.expiresAt <= input.now || sha256Of(found.content) !== found.sha256) return null;
  return { kind: found.kind, options: found.options, fileName: found.fileName, content: found.content };
}
