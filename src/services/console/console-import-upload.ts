import { z } from 'zod';
import { AppError } from '../../domain/app-error';
import type { Tx } from '../../store/database';
import { CONSOLE_IMPORT_KINDS, type ConsoleImportKind } from './console-imports';
import { stashConsoleUpload, takeConsoleUpload } from './console-upload-stash';

export interface ImportUpload {
  kind: ConsoleImportKind;
  year: number | null;
  prefillNational: boolean;
  fileName: string;
  content: string;
}

/** Holidays: the year the file replaces, and whether national days are added. */
const importOptions = z.object({ year: z.number().int().nullable(), prefillNational: z.boolean() });

/** Keeps a previewed import file until its confirmation (stashConsoleUpload); returns the confirm form's token. */
export async function stashImportUpload(tx: Tx, input: ImportUpload & { uploadedById: number; now: Date }): Promise<string> {
  const { kind, year, prefillNational, fileName, content, uploadedById, now } = input;
  return stashConsoleUpload(tx, { kind, options: { year, prefillNational }, fileName, content, uploadedById, now });
}

/**
 * The previewed import file behind a confirm form's token, taken so it is
 * imported once (takeConsoleUpload): 'console.imports.upload_gone' when it
 * is not there for this person any more.
 */
export async function takeImportUpload(tx: Tx, input: { token: string; employeeId: number; now: Date }): Promise<ImportUpload> {
  const upload = await takeConsoleUpload(tx, { ...input, kinds: CONSOLE_IMPORT_KINDS });
  const kind = CONSOLE_IMPORT_KINDS.find((k) => k === upload?.kind);
  const options = importOptions.safeParse(upload?.options);
  if (!upload || !kind || !options.success) throw new AppError('console.imports.upload_gone');
  return { kind, ...options.data, fileName: upload.fileName, content: upload.content };
}
