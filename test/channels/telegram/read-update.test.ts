import { describe, expect, it } from 'vitest';
import { readUpdate } from '../../../src/channels/telegram/read-update';
import { telegramUpdateSchema } from '../../../src/channels/telegram/update-schema';
import { callbackUpdate, contactUpdate, documentUpdate, photoUpdate, textUpdate } from './updates';

const ana = { id: 7001, first_name: 'Ana', last_name: 'Lestari' };
const at = new Date('2026-11-27T03:00:00Z');
const read = (update: unknown) => readUpdate(telegramUpdateSchema.parse(update), at);

describe('readUpdate', () => {
  it('reads a private text as text from the sender, in the sender chat, keyed by update_id', () => {
    const update = textUpdate(ana, '/start K7Q2-9XZA', { updateId: 4242 });
    expect(read(update)).toEqual({
      kind: 'message',
      message: {
        channel: 'TELEGRAM',
        chatId: '7001',
        eventId: '4242',
        sender: { externalId: '7001', displayName: 'Ana Lestari' },
        content: { kind: 'text', text: 'K7Q2-9XZA' },
        receivedAt: at,
      },
    });
  });

  it('takes the largest photo size and keeps the caption', () => {
    const reading = read(photoUpdate(ana, 'PHOTO1', { caption: 'surat dokter', size: 2048 }));
    expect(reading).toMatchObject({
      kind: 'file',
      file: { fileId: 'PHOTO1', mimeType: 'image/jpeg', size: 2048, caption: 'surat dokter' },
    });
  });

  it('keeps a document name and type', () => {
    const reading = read(documentUpdate(ana, 'DOC1', 'surat-sakit.pdf', 'application/pdf', 5000));
    expect(reading).toMatchObject({ kind: 'file', file: { fileId: 'DOC1', fileName: 'surat-sakit.pdf', mimeType: 'application/pdf' } });
  });

  it('accepts only the sender own contact card, as digits', () => {
    expect(read(contactUpdate(ana, '+62 812-3456-7890', ana.id))).toMatchObject({
      kind: 'message',
      message: { sender: { externalId: '7001', phone: '6281234567890' }, content: { kind: 'contact', phone: '6281234567890' } },
    });
    expect(read(contactUpdate(ana, '+62 811 000', 9999))).toMatchObject({ kind: 'ignore' });
    expect(read(contactUpdate(ana, '+62 811 000', undefined))).toMatchObject({ kind: 'ignore' });
  });

  it('ignores groups: a payslip or a decision card must not land where others read it', () => {
    expect(read(textUpdate(ana, 'slip', { chatType: 'group' }))).toMatchObject({ kind: 'ignore' });
    expect(read(callbackUpdate(ana, 'help', 10, { chatId: -100_777, chatType: 'supergroup' }))).toMatchObject({ kind: 'refuse_callback' });
  });

  it('reads a button press as the presser, and refuses one without data', () => {
    expect(read(callbackUpdate(ana, 'd:tok:A', 321))).toMatchObject({
      kind: 'callback',
      value: 'd:tok:A',
      envelope: { chatId: '7001', sender: { externalId: '7001' } },
    });
    expect(read(callbackUpdate(ana, undefined, 321))).toMatchObject({ kind: 'refuse_callback' });
  });

  it('ignores update kinds SAPA does not serve, and stickers', () => {
    expect(read({ update_id: 1, edited_message: { message_id: 1 } })).toMatchObject({ kind: 'ignore' });
    const sticker = textUpdate(ana, 'x');
    const { text: _text, ...withoutText } = sticker.message;
    expect(read({ update_id: 2, message: { ...withoutText, sticker: { file_id: 's' } } })).toMatchObject({ kind: 'ignore' });
  });
});
