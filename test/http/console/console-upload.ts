import type { LightMyRequestResponse } from 'fastify';
import type { ConsoleTestApp } from './console-test-app';

/** A file for an upload form: its name, type and bytes. */
export interface TestFile {
  name: string;
  type?: string;
  content: string | Uint8Array;
}

/** Posts a multipart form (text fields and at most one `file`) as a browser sends the console's upload form. */
export async function postUpload(t: ConsoleTestApp, url: string, fields: Record<string, string>, file: TestFile | null, cookie?: string): Promise<LightMyRequestResponse> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append('file', new Blob([file.content], { type: file.type ?? 'text/csv' }), file.name);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const payload = Buffer.from(await request.arrayBuffer());
  return t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': request.headers.get('content-type')!, ...(cookie ? { cookie } : {}) } });
}
