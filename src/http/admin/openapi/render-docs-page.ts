/**
 * A self-contained HTML page listing the operations of an OpenAPI document:
 * rendered on the server, no script and no CDN, so it works offline and
 * under a strict Content-Security-Policy.
 */
type Json = Record<string, unknown>;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const pretty = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:960px;padding:1.5rem;color:#1d2733}
h1{margin-bottom:.2rem}details{border:1px solid #d0d7de;border-radius:6px;margin:.4rem 0;padding:.3rem .7rem}
summary{cursor:pointer}code.m{display:inline-block;min-width:3.6rem;font-weight:700}
.get{color:#0a6b2d}.post{color:#8a4b00}pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:13px}
table{border-collapse:collapse}td,th{border-bottom:1px solid #e3e6ea;padding:.2rem .6rem;text-align:left;vertical-align:top}`;

function parametersTable(parameters: Json[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters
    .map((p) => `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? 'required' : ''}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`)
    .join('');
  return `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th></th><th>schema</th></tr>${rows}</table>`;
}

function operationHtml(path: string, method: string, op: Json): string {
  const body = op.requestBody as Json | undefined;
  const bodyHtml = body ? `<h4>Request body</h4>${pretty(body.content)}` : '';
  return `<details><summary><code class="m ${method}">${method.toUpperCase()}</code> <code>${escapeHtml(path)}</code> ${escapeHtml(String(op.summary ?? ''))}${op['x-scope'] ? ` <small>[scope: ${escapeHtml(String(op['x-scope']))}]</small>` : ''}</summary>
${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ''}${parametersTable((op.parameters ?? []) as Json[])}${bodyHtml}
<h4>Responses</h4>${pretty(op.responses)}</details>`;
}

export function renderDocsPage(document: Json, jsonUrl: string): string {
  const info = (document.info ?? {}) as Json;
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries((document.paths ?? {}) as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = ((op.tags as string[] | undefined) ?? ['other'])[0]!;
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2>${escapeHtml(tag)}</h2>${ops.join('\n')}`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(String(info.title ?? 'API'))}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(String(info.title ?? 'API'))} <small>${escapeHtml(String(info.version ?? ''))}</small></h1>
<p>${escapeHtml(String(info.description ?? ''))}</p><p>Machine-readable: <a href="${escapeHtml(jsonUrl)}">${escapeHtml(jsonUrl)}</a></p>
${sections}</body></html>`;
}
