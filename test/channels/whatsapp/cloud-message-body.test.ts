import { describe, expect, it } from 'vitest';
import { freeFormMessages, noticeTemplate, splitText, templateParameter } from '../../../src/channels/whatsapp/cloud/cloud-message-body';
import { cloudSendResult, THROUGHPUT_PAUSE_MS } from '../../../src/channels/whatsapp/cloud/cloud-send-result';
import { GraphApiError } from '../../../src/channels/whatsapp/cloud/graph-api';

const choices = (n: number, label = (i: number) => `Pilihan ${i}`) => Array.from({ length: n }, (_, i) => ({ value: `v${i + 1}`, label: label(i + 1) }));
const names = { notice: 'sapa_pemberitahuan', document: 'sapa_dokumen' };

describe('Cloud API message bodies', () => {
  it('shows up to 3 short choices as reply buttons', () => {
    const [message] = freeFormMessages({ kind: 'choices', text: 'Kirim?', choices: [{ value: 'yes', label: '✅ Ya, kirim' }, { value: 'no', label: 'Tidak jadi' }] }, 'id');
    expect(message).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Kirim?' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: '✅ Ya, kirim' } }, { type: 'reply', reply: { id: 'no', title: 'Tidak jadi' } }] },
      },
    });
  });

  it('shows 4 to 10 choices, or titles over 20 characters, as a list with a translated button', () => {
    const [four] = freeFormMessages({ kind: 'choices', text: 'Pilih', choices: choices(4) }, 'en');
    expect(four).toMatchObject({ interactive: { type: 'list', action: { button: 'Choose', sections: [{ rows: choices(4).map((c) => ({ id: c.value, title: c.label })) }] } } });
    const [long] = freeFormMessages({ kind: 'choices', text: 'Pilih', choices: choices(2, (i) => `Pilihan yang panjang ${i}`) }, 'id');
    expect(long).toMatchObject({ interactive: { type: 'list', action: { button: 'Pilih' } } });
  });

  it('falls back to numbered text past 10 choices or 24-character titles', () => {
    for (const list of [choices(11), choices(3, (i) => `Pilihan yang sangat panjang sekali ${i}`)]) {
      const [message] = freeFormMessages({ kind: 'choices', text: 'Pilih', choices: list }, 'id');
      expect(message!.type).toBe('text');
      expect((message as unknown as { text: { body: string } }).text.body).toMatch(/^Pilih\n\n1\. /);
    }
  });

  it('splits a text past 4,096 characters at line ends', () => {
    const text = Array.from({ length: 300 }, (_, i) => `baris ${i} ${'x'.repeat(20)}`).join('\n');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join('\n')).toBe(text);
  });

  it('flattens a template parameter: no line breaks, tabs or long runs of spaces, at most 900 characters', () => {
    expect(templateParameter('Halo\n\n1. Ya\n2.\tTidak     lagi')).toBe('Halo · 1. Ya · 2. Tidak lagi');
    expect(templateParameter('a'.repeat(2000))).toHaveLength(900);
    const template = noticeTemplate({ kind: 'choices', text: 'Setujui?', choices: choices(2) }, 'en', names);
    expect(template).toMatchObject({ template: { name: 'sapa_pemberitahuan', language: { code: 'en' }, components: [{ parameters: [{ text: 'Setujui? · 1. Pilihan 1 · 2. Pilihan 2' }] }] } });
  });
});

describe('Cloud API errors as outbox outcomes', () => {
  const error = (httpStatus: number, code: number) => new GraphApiError(httpStatus, code, `(#${code}) x`);
  it('maps each documented code', () => {
    expect(cloudSendResult(error(429, 130429))).toMatchObject({ ok: false, retryAfterMs: THROUGHPUT_PAUSE_MS });
    expect(cloudSendResult(error(400, 131026))).toMatchObject({ ok: false, unreachable: true });
    expect(cloudSendResult(error(400, 131047))).toMatchObject({ ok: false, permanent: true });
    expect(cloudSendResult(error(400, 132001))).toMatchObject({ ok: false, permanent: true });
    for (const retried of [error(400, 131056), error(401, 190), error(500, 0), error(503, 131000), new Error('fetch failed')]) {
      const result = cloudSendResult(retried);
      expect(result).toMatchObject({ ok: false });
      expect(result).not.toHaveProperty('permanent');
      expect(result).not.toHaveProperty('unreachable');
      expect(result).not.toHaveProperty('retryAfterMs');
    }
  });
});
