import { describe, expect, it } from 'vitest';
import { readWhatsappMessage } from '../../../src/channels/whatsapp/read-message';
import { addressOf, isSharedChat, lidOf, phoneJidOf } from '../../../src/channels/whatsapp/whatsapp-address';
import { vcardPhone } from '../../../src/channels/whatsapp/vcard-phone';
import { incoming, pdf, photo, text } from './messages';

const ana = { jid: '6281200000011@s.whatsapp.net', pushName: 'Ana' };
const anaLid = '201851234567890@lid';

describe('readWhatsappMessage', () => {
  it('reads plain and extended text with the sender addresses and name', () => {
    const reading = readWhatsappMessage(text(ana, 'cuti'));
    expect(reading).toMatchObject({ kind: 'read', address: { phoneJid: ana.jid }, displayName: 'Ana', content: { kind: 'text', text: 'cuti' } });
    const extended = readWhatsappMessage(incoming(ana, { extendedTextMessage: { text: '2' } }));
    expect(extended).toMatchObject({ kind: 'read', content: { kind: 'text', text: '2' } });
  });

  it('uses the message key id as the event id', () => {
    const message = text(ana, 'halo');
    expect(readWhatsappMessage(message)).toMatchObject({ eventId: message.key.id });
  });

  it('unwraps disappearing and view-once messages', () => {
    const ephemeral = incoming(ana, { ephemeralMessage: { message: { extendedTextMessage: { text: 'saldo' } } } });
    expect(readWhatsappMessage(ephemeral)).toMatchObject({ content: { kind: 'text', text: 'saldo' } });
    const viewOnce = incoming(ana, { viewOnceMessageV2: { message: { imageMessage: { mimetype: 'image/jpeg' } } } });
    expect(readWhatsappMessage(viewOnce)).toMatchObject({ content: { kind: 'media', media: { mimeType: 'image/jpeg' } } });
  });

  it('reads a photo and a document as media to download, with size and caption', () => {
    const picture = photo(ana, { caption: 'surat dokter', size: 1234 });
    expect(readWhatsappMessage(picture)).toMatchObject({
      content: { kind: 'media', media: { fileName: `foto-${picture.key.id}.jpg`, mimeType: 'image/jpeg', size: 1234, caption: 'surat dokter' } },
    });
    expect(readWhatsappMessage(pdf(ana, 'surat-dokter.pdf', 5000))).toMatchObject({
      content: { kind: 'media', media: { fileName: 'surat-dokter.pdf', mimeType: 'application/pdf', size: 5000 } },
    });
    const withCaption = incoming(ana, {
      documentWithCaptionMessage: { message: { documentMessage: { mimetype: 'application/pdf', fileName: 'sk.pdf', caption: 'ini' } } },
    });
    expect(readWhatsappMessage(withCaption)).toMatchObject({ content: { kind: 'media', media: { fileName: 'sk.pdf', caption: 'ini' } } });
  });

  it('reads a shared contact card as a contact with its phone digits', () => {
    const vcard = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nTEL;type=CELL;waid=6281398765432:+62 813-9876-5432\nEND:VCARD';
    expect(readWhatsappMessage(incoming(ana, { contactMessage: { displayName: 'Ana', vcard } }))).toMatchObject({
      content: { kind: 'contact', phone: '6281398765432' },
    });
  });

  it('ignores own messages, groups, status, broadcasts and channels', () => {
    const reasons = [
      text({ jid: ana.jid }, 'x'),
      incoming(ana, { conversation: 'mine' }, { fromMe: true }),
      incoming({ jid: '120363012345678901@g.us' }, { conversation: 'cuti' }, { participant: ana.jid }),
      incoming({ jid: 'status@broadcast' }, { conversation: 'story' }, { participant: ana.jid }),
      incoming({ jid: '1700000000@broadcast' }, { conversation: 'list' }),
      incoming({ jid: '120363999999999999@newsletter' }, { conversation: 'news' }),
    ].map((m) => readWhatsappMessage(m).kind);
    expect(reasons).toEqual(['read', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore']);
  });

  it('ignores reactions, protocol messages (edits, deletes), stickers and empty messages', () => {
    const key = { remoteJid: ana.jid, id: 'X', fromMe: false };
    const ignored = [
      incoming(ana, { reactionMessage: { key, text: '👍' } }),
      incoming(ana, { protocolMessage: { type: 0, key } }),
      incoming(ana, { editedMessage: { message: { protocolMessage: { type: 14, key } } } }),
      incoming(ana, { stickerMessage: { mimetype: 'image/webp' } }),
      incoming(ana, { conversation: '   ' }),
      { key: { remoteJid: ana.jid, id: 'Y', fromMe: false } },
    ];
    expect(ignored.map((m) => readWhatsappMessage(m))).toEqual(ignored.map(() => expect.objectContaining({ kind: 'ignore' })));
  });

  it('takes the phone number from the alternate id of a LID-addressed message', () => {
    const reading = readWhatsappMessage(text({ jid: anaLid, alt: '6281200000011:12@s.whatsapp.net' }, 'halo'));
    expect(reading).toMatchObject({ kind: 'read', address: { phoneJid: '6281200000011@s.whatsapp.net', lid: anaLid } });
  });

  it('keeps a LID-only sender without a phone number', () => {
    const reading = readWhatsappMessage(text({ jid: anaLid }, 'halo'));
    expect(reading).toMatchObject({ kind: 'read', address: { lid: anaLid } });
    expect(reading.kind === 'read' && reading.address.phoneJid).toBeFalsy();
  });
});

describe('WhatsApp addresses', () => {
  it('normalizes phone-number JIDs and LIDs, dropping devices and agents', () => {
    expect(phoneJidOf('6281200000011:3@s.whatsapp.net')).toBe('6281200000011@s.whatsapp.net');
    expect(phoneJidOf('6281200000011@c.us')).toBe('6281200000011@s.whatsapp.net');
    expect(phoneJidOf(anaLid)).toBeNull();
    expect(phoneJidOf('120363012345678901@g.us')).toBeNull();
    expect(phoneJidOf(undefined)).toBeNull();
    expect(lidOf('201851234567890:7@lid')).toBe(anaLid);
    expect(lidOf(ana.jid)).toBeNull();
  });

  it('reads both addresses whichever way round the key has them, and the older senderPn', () => {
    expect(addressOf({ remoteJid: ana.jid, remoteJidAlt: anaLid })).toEqual({ phoneJid: ana.jid, lid: anaLid });
    expect(addressOf({ remoteJid: anaLid, remoteJidAlt: ana.jid })).toEqual({ phoneJid: ana.jid, lid: anaLid });
    expect(addressOf({ remoteJid: anaLid, senderPn: ana.jid })).toEqual({ phoneJid: ana.jid, lid: anaLid });
    expect(addressOf({ remoteJid: anaLid })).toEqual({ lid: anaLid });
  });

  it('knows the chats SAPA never answers in', () => {
    expect(['status@broadcast', '1@broadcast', '1@g.us', '1@newsletter'].every(isSharedChat)).toBe(true);
    expect(isSharedChat(ana.jid) || isSharedChat(anaLid)).toBe(false);
  });

  it('finds the phone number on a contact card', () => {
    expect(vcardPhone('BEGIN:VCARD\nTEL;type=CELL:+62 812-3456-7890\nEND:VCARD')).toBe('6281234567890');
    expect(vcardPhone('BEGIN:VCARD\nFN:x\nEND:VCARD')).toBeNull();
    expect(vcardPhone(null)).toBeNull();
  });
});
