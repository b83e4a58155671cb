import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { CONSOLE_IMPORT_KINDS, type ConsoleImportKind } from './console-imports';

/** How long an uploaded file waits for its confirmation. */
export const IMPORT_UPLOAD_TTL_MS = 60 * 60 * 1000;

export interface ImportUpload {
  kind: ConsoleImportKind;
  year: number | null;
  prefillNational: boolean;
  fileName: string;
  content: string;
}

const sha256Of = (content: string) => createHash('sha256').update(content, 'utf8').digest('hex');

/**
 * Keeps a previewed file until the officer confirms it (about an hour), so
 * the confirmation imports exactly what was previewed and nothing the
 * browser sends back; expired files of anyone are dropped on the way.
 * Returns the random token the confirm form names.
 */
export async function stashImportUpload(tx: Tx, input: ImportUpload & { uploadedById: number; now: Date }): Promise<string> {
  await tx.consoleImportUpload.deleteMany({ where: { expiresAt: { lte: input.now } } });
  const token = randomBytes(24).toString('base64url');
  await tx.consoleImportUpload.create({
    data: {
      token, kind: input.kind, year: input.year, prefillNational: input.prefillNational, fileName: input.fileName,
      content: input.content, sha256: sha256Of(input.content), uploadedById: input.uploadedById,
      expiresAt: new Date(input.now.getTime() + IMPORT_UPLOAD_TTL_MS),
    },
    select: { id: true },
  });
  return token;
}

/**
 * The stashed file behind a confirm form's token, taken (deleted) so it is
 * imported once: only by the person who uploaded it, before it expires, and
 * only if its content still has the digest it was stored with.
 * 'console.imports.upload_gone' otherwise.
 */
export async function takeImportUpload(tx: Tx, input: { token: string; employeeId: number; now: Date }): Promise<ImportUpload> {
  const found = await tx.consoleImportUpload.findUnique({
    where: { token: input.token },
    select: { id: true, kind: true, year: true, prefillNational: true, fileName: true, content: true, sha256: true, uploadedById: true, expiresAt: true },
  });
  if (!found || found.uploadedById !== input.employeeId) throw new AppError('console.imports.upload_gone');
  await tx.consoleImportUpload.delete({ where: { id: found.id }, select: { id: true } });
  if (found.expiresAt <= input.now || sha256Of(found.content) !== found.sha256) throw new AppError('console.imports.upload_gone');
  const kind = CONSOLE_IMPORT_KINDS.find((k) => k === found.kind);
  if (!kind) throw new AppError('console.imports.upload_gone');
  return { kind, year: found.year, prefillNational: found.prefillNational, fileName: found.fileName, content: found.content };
}
