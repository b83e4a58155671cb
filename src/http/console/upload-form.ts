import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../clock';
import type { Database } from '../../store/database';
import { liveSessionOf, signInAgain } from './console-session-hook';

/** The largest file the imports pages take: the admin API's import limit. */
export const UPLOAD_FILE_LIMIT = 20 * 1_048_576;
/** The file plus the form's few short fields and the multipart framing. */
export const uploadBodyLimit = (fileLimit: number) => fileLimit + 65_536;

const MAX_TEXT_FIELDS = 8;
const MAX_TEXT_LENGTH = 200;

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** A multipart body that is not the console's upload form: unreadable, more than one file, long or repeated fields. */
export class UploadFormError extends Error {
  readonly statusCode = 400;
  readonly code = 'CONSOLE_UPLOAD_FORM';
  constructor() {
    super('not a console upload form');
  }
}

/** A file over the page's limit (within a body under it): 413, whatever size the form declared. */
export class UploadTooLargeError extends Error {
  readonly statusCode = 413;
  readonly code = 'CONSOLE_UPLOAD_TOO_LARGE';
  constructor() {
    super('the uploaded file is over the limit');
  }
}

/** The form's text fields and its one file (under the name `file`). */
export type UploadForm = Record<string, string | UploadedFile>;

async function readUploadForm(contentType: string, body: Buffer, fileLimit: number): Promise<UploadForm> {
  let parsed: FormData;
  try {
    parsed = await new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new UploadFormError();
  }
  const form: UploadForm = {};
  let texts = 0;
  for (const [key, value] of parsed) {
    if (key in form) throw new UploadFormError();
    if (typeof value === 'string') {
      texts += 1;
      if (texts > MAX_TEXT_FIELDS || value.length > MAX_TEXT_LENGTH) throw new UploadFormError();
      form[key] = value;
    } else {
      if (key !== 'file') throw new UploadFormError();
      if (value.size > fileLimit) throw new UploadTooLargeError();
      form[key] = { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
    }
  }
  return form;
}

/**
 * Reads multipart/form-data for the routes of `app` (the console's upload
 * pages only; the parser is scoped to their plugin): the body is capped at
 * uploadBodyLimit(fileLimit) as it arrives (whatever its declared length),
 * then parsed by Node's own FormData reader (no added dependency) into
 * short text fields (the CSRF token among them, which the session hook
 * checks) and at most one file of at most `fileLimit` bytes.
 */
export function acceptUploadForm(app: FastifyInstance, fileLimit = UPLOAD_FILE_LIMIT): void {
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: uploadBodyLimit(fileLimit) }, (request, body, done) => {
    readUploadForm(String(request.headers['content-type']), body as Buffer, fileLimit).then((form) => done(null, form), (error: unknown) => done(error as Error));
  });
}

export type CsvText = { ok: true; text: string } | { ok: false; problem: 'no_file' | 'too_large' | 'not_csv' | 'not_utf8' };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** The text of an uploaded CSV file, or why it is not one (an Excel workbook, a binary, not UTF-8, too large). */
export function csvTextOf(file: string | UploadedFile | undefined): CsvText {
  if (file === undefined || typeof file === 'string' || file.bytes.length === 0) return { ok: false, problem: 'no_file' };
  if (file.bytes.length > UPLOAD_FILE_LIMIT) return { ok: false, problem: 'too_large' };
  const head = file.bytes.subarray(0, 4);
  if (!/\.(csv|txt)$/i.test(file.name) || head.equals(ZIP) || head.equals(OLE) || file.bytes.includes(0)) return { ok: false, problem: 'not_csv' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes) };
  } catch {
    return { ok: false, problem: 'not_utf8' };
  }
}

/**
 * An upload is read before the session hook runs (that is a preHandler):
 * for the upload pages of `app`, a multipart request without a live session
 * is refused (401, the sign-in page) before a byte of its body is read, so a
 * stranger cannot make the server take in 20 MB bodies.
 */
export function refuseUploadsWithoutSession(app: FastifyInstance, deps: { db: Database; clock: Clock }): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/')) return undefined;
    return (await liveSessionOf(request, deps)) ? undefined : signInAgain(request, reply);
  });
}
