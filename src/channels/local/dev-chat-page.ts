/** The web chat page: plain HTML and a same-origin script (the CSP allows no inline script), no external assets. */
export const devChatPage = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SAPA — obrolan uji coba</title>
<style>
  :root { --green: #0b7a53; --bg: #efeae2; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.4 system-ui, sans-serif; background: #f5f5f5; color: #1d1d1d; }
  header { background: var(--green); color: #fff; padding: 10px 16px; display: flex; gap: 12px; align-items: center; }
  header h1 { font-size: 17px; margin: 0; flex: 1; }
  select { font: inherit; padding: 4px; max-width: 60vw; }
  main { max-width: 720px; margin: 0 auto; height: calc(100vh - 52px); display: flex; flex-direction: column; background: var(--bg); }
  #log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 6px; }
  .msg { max-width: 85%; padding: 8px 10px; border-radius: 8px; white-space: pre-wrap; word-wrap: break-word; box-shadow: 0 1px 1px rgba(0,0,0,.1); }
  .me { align-self: flex-end; background: #d9fdd3; }
  .sapa { align-self: flex-start; background: #fff; }
  .choices { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
  .choices button { font: inherit; border: 1px solid var(--green); color: var(--green); background: #fff; border-radius: 14px; padding: 4px 10px; cursor: pointer; }
  .choices button:disabled { opacity: .5; cursor: default; }
  form { display: flex; gap: 8px; padding: 8px; background: #f0f0f0; }
  form input { flex: 1; font: inherit; padding: 10px; border: 0; border-radius: 18px; }
  form button { font: inherit; background: var(--green); color: #fff; border: 0; border-radius: 18px; padding: 0 16px; }
  form label.attach { display: flex; align-items: center; padding: 0 10px; border-radius: 18px; background: #fff; cursor: pointer; }
  form label.attach input { display: none; }
  .msg a.document { color: var(--green); font-weight: 600; }
  .hint { color: #555; font-size: 13px; text-align: center; padding: 24px; }
</style>
</head>
<body>
<header>
  <h1>SAPA — Sistem Asisten Pegawai</h1>
  <label for="persona" style="position:absolute;left:-9999px">Persona</label>
  <select id="persona"><option value="">Pilih persona…</option></select>
</header>
<main>
  <div id="log" aria-live="polite"><p class="hint">Pilih persona demo (pegawai, atasan, atau petugas BKPSDM) di kanan atas, lalu ketik <b>halo</b>.</p></div>
  <form id="form" autocomplete="off">
    <label class="attach" title="Kirim berkas (foto atau PDF, maks. 10 MB)">📎<input id="file" type="file" accept="application/pdf,image/*" aria-label="Kirim berkas" disabled></label>
    <input id="text" placeholder="Ketik pesan…" aria-label="Pesan" disabled>
    <button id="send" type="submit" disabled>Kirim</button>
  </form>
</main>
<script src="/dev/chat/chat.js"></script>
</body>
</html>
`;

/** The page's script, served from /dev/chat/chat.js. */
export const devChatScript = `const state = { nip: '', after: 0, timer: null };
const log = document.getElementById('log');
const select = document.getElementById('persona');
const input = document.getElementById('text');
const sendButton = document.getElementById('send');
const fileInput = document.getElementById('file');
const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
const kinds = { employee: 'Pegawai', supervisor: 'Atasan', hr: 'BKPSDM' };

function bubble(cls, text) {
  const div = document.createElement('div');
  div.className = 'msg ' + cls;
  div.textContent = text;
  log.appendChild(div);
  log.scrollTop = log.scrollHeight;
  return div;
}

function showMessage(m) {
  const msg = m.message;
  if (msg.kind === 'choices') {
    const div = bubble('sapa', msg.text);
    div.dataset.ref = msg.ref || '';
    const row = document.createElement('div');
    row.className = 'choices';
    for (const c of msg.choices) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = c.label;
      b.dataset.value = c.value;
      b.onclick = () => { bubble('me', c.label); send({ choice: c.value, ref: msg.ref }); };
      row.appendChild(b);
    }
    div.appendChild(row);
  } else if (msg.kind === 'document') {
    const div = bubble('sapa', '');
    const link = document.createElement('a');
    link.className = 'document';
    link.href = '/dev/chat/documents/' + m.id + '?nip=' + encodeURIComponent(state.nip);
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = '📄 ' + msg.fileName;
    div.appendChild(link);
    div.appendChild(document.createTextNode('\\n' + msg.caption));
  } else if (msg.kind === 'resolve') {
    for (const el of log.querySelectorAll('[data-ref="' + CSS.escape(msg.ref) + '"] button')) el.disabled = true;
    bubble('sapa', msg.text);
  } else {
    bubble('sapa', msg.text);
  }
}

async function poll() {
  if (!state.nip) return;
  const nip = state.nip;
  try {
    const res = await fetch('/dev/chat/messages?nip=' + nip + '&after=' + state.after);
    if (res.ok && nip === state.nip) {
      const body = await res.json();
      for (const m of body.messages) { state.after = Math.max(state.after, m.id); showMessage(m); }
    }
  } finally {
    state.timer = setTimeout(poll, 700);
  }
}

async function send(body) {
  await fetch('/dev/chat/send', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip: state.nip, ...body }) });
  clearTimeout(state.timer);
  poll();
}

select.onchange = async () => {
  clearTimeout(state.timer);
  state.nip = select.value;
  log.innerHTML = '';
  if (!state.nip) return;
  const res = await fetch('/dev/chat/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nip: state.nip }) });
  const session = await res.json();
  bubble('sapa', 'Anda sekarang ' + session.name + '. Ketik halo atau menu.');
  const history = (await (await fetch('/dev/chat/messages?nip=' + state.nip + '&after=0')).json()).messages;
  for (const m of history.slice(-20)) showMessage(m);
  state.after = history.length ? history[history.length - 1].id : 0;
  input.disabled = false; sendButton.disabled = false; fileInput.disabled = false; input.focus();
  poll();
};

document.getElementById('form').onsubmit = (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (!text || !state.nip) return;
  input.value = '';
  bubble('me', text);
  send({ text });
};

fileInput.onchange = async () => {
  const file = fileInput.files[0];
  fileInput.value = '';
  if (!file || !state.nip) return;
  bubble('me', '📎 ' + file.name);
  if (file.size > UPLOAD_MAX_BYTES + 1) { bubble('sapa', 'Berkas terlalu besar (maksimal 10 MB).'); return; }
  const url = '/dev/chat/upload?nip=' + encodeURIComponent(state.nip) + '&name=' + encodeURIComponent(file.name);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file });
  if (!res.ok) bubble('sapa', (await res.json().catch(() => ({}))).message || 'Berkas tidak terkirim.');
  clearTimeout(state.timer);
  poll();
};

fetch('/dev/chat/personas').then((r) => r.json()).then((body) => {
  for (const p of body.personas) {
    const o = document.createElement('option');
    o.value = p.nip;
    o.textContent = kinds[p.kind] + ': ' + p.name + ' (' + p.position + ')';
    select.appendChild(o);
  }
});
`;
