import { describe, expect, it } from 'vitest';
import { createWhatsappSender, whatsappPacing } from '../../../src/channels/whatsapp/whatsapp-sender';
import { createLogger } from '../../../src/logger';
import { FakeSocket } from './fake-socket';

const ana = '6281200000011@s.whatsapp.net';

function setup() {
  const socket = new FakeSocket({} as never);
  let connected: FakeSocket | null = socket;
  const sender = createWhatsappSender({ socket: () => connected, pacing: whatsappPacing(1, 400), logger: createLogger('silent') });
  return { socket, sender, disconnect: () => (connected = null) };
}

describe('WhatsApp sender', () => {
  it('paces conservatively with jitter, as configured', () => {
    expect(setup().sender.pacing).toEqual({ perSecond: 1, perChatPerSecond: 1, jitterMs: 400 });
    expect(whatsappPacing(0.5, 1000)).toEqual({ perSecond: 0.5, perChatPerSecond: 0.5, jitterMs: 1000 });
  });

  it('sends text as it is and returns the WhatsApp message id', async () => {
    const { socket, sender } = setup();
    expect(await sender.send(ana, { kind: 'text', text: 'Halo *Ana*' })).toEqual({ ok: true, channelMessageId: 'OUT1' });
    expect(socket.sent).toEqual([{ jid: ana, content: { text: 'Halo *Ana*' } }]);
  });

  it('renders a choice list as numbered text and a resolved card as plain text', async () => {
    const { socket, sender } = setup();
    const choices = [
      { value: 'APPROVE', label: '✅ Setujui' },
      { value: 'REJECT', label: '❌ Tolak' },
    ];
    await sender.send(ana, { kind: 'choices', text: 'Pengajuan cuti Ana', choices, ref: 'card-1' });
    await sender.send(ana, { kind: 'resolve', ref: 'card-1', text: 'Sudah disetujui.' });
    expect(socket.sent.map((s) => s.content)).toEqual([{ text: 'Pengajuan cuti Ana\n\n1. ✅ Setujui\n2. ❌ Tolak' }, { text: 'Sudah disetujui.' }]);
  });

  it('sends a document with its file name, type and caption', async () => {
    const { socket, sender } = setup();
    const content = Buffer.from('%PDF-1.7 slip');
    const result = await sender.send(
      ana,
      { kind: 'document', fileName: 'slip.pdf', mimeType: 'application/pdf', caption: 'Slip gaji', source: { type: 'payslip', payslipId: 1 } },
      { fileName: 'slip.pdf', mimeType: 'application/pdf', caption: 'Slip gaji', content },
    );
    expect(result.ok).toBe(true);
    expect(socket.sent).toEqual([{ jid: ana, content: { document: content, mimetype: 'application/pdf', fileName: 'slip.pdf', caption: 'Slip gaji' } }]);
  });

  it('fails retryably while the socket is down or a send fails, without asking to drop the message', async () => {
    const { socket, sender, disconnect } = setup();
    socket.failSends = new Error('Connection Closed');
    const failed = await sender.send(ana, { kind: 'text', text: 'x' });
    expect(failed).toEqual({ ok: false, error: 'whatsapp: Connection Closed' });
    disconnect();
    expect(await sender.send(ana, { kind: 'text', text: 'x' })).toEqual({ ok: false, error: 'whatsapp: not connected' });
  });

  it('refuses for good what can never be sent: no WhatsApp chat, a document without its file', async () => {
    const { socket, sender } = setup();
    expect(await sender.send('12345', { kind: 'text', text: 'x' })).toMatchObject({ ok: false, permanent: true });
    const document = { kind: 'document' as const, fileName: 'a.pdf', mimeType: 'application/pdf', caption: '', source: { type: 'inline' as const, base64: '' } };
    expect(await sender.send(ana, document)).toMatchObject({ ok: false, permanent: true });
    expect(socket.sent).toEqual([]);
  });

  it('answers a LID chat (a sender SAPA could not recognise) at the LID', async () => {
    const { socket, sender } = setup();
    await sender.send('201851234567890@lid', { kind: 'text', text: 'Maaf' });
    expect(socket.sent[0]?.jid).toBe('201851234567890@lid');
  });
});
