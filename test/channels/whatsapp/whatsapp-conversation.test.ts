import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { incoming, text } from './messages';
import { NOW, readable, startWhatsappHarness, type WhatsappHarness, type WhatsappPerson } from './whatsapp-harness';

describe('WhatsApp conversations through a fake socket', () => {
  let db: TestDatabase;
  let wa: WhatsappHarness;
  let employee: { id: number; nip: string; name: string; birthDate: string; phone: string };

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW));
    const people = await demoPeople(db);
    const row = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { phone: true } });
    employee = { ...people.employee, phone: row.phone! };
    wa = await startWhatsappHarness(db);
  });
  afterEach(async () => {
    await wa.close();
    await db.drop();
  });

  const jidOf = (phone: string) => `${phone}@s.whatsapp.net`;
  const dmy = (iso: string) => iso.split('-').reverse().join('-');
  async function linkedPerson() {
    await linkIdentity(db, 'WHATSAPP', jidOf(employee.phone), employee.nip);
    return wa.person({ jid: jidOf(employee.phone), pushName: 'Dedi' });
  }

  /** A sick leave request up to the step that asks for the doctor's letter. */
  async function toDocumentStep(person: WhatsappPerson) {
    await person.say('cuti');
    await person.say('cuti sakit');
    await person.say('hari ini s.d. 29 nov');
    await person.say('1');
    await person.say('demam berdarah');
    expect((await person.say('rumah, Jl. Ahmad Yani 1')).join('\n')).toMatch(/memerlukan \*Surat keterangan dokter\*/);
  }

  it('links a chat from the phone number on record right after NIP and date of birth', async () => {
    const ana = wa.person({ jid: jidOf(employee.phone), pushName: 'Dedi' });
    expect((await ana.say('halo')).join('\n')).toMatch(/Ketik \*NIP\* Anda/);
    expect(await ana.say(employee.nip)).toEqual([expect.stringMatching(/tanggal lahir/)]);
    expect(await ana.say(dmy(employee.birthDate))).toEqual([`Berhasil! Chat ini sekarang terhubung atas nama *${employee.name}*. Ketik *menu* untuk mulai.`]);

    const identity = await db.prisma.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'WHATSAPP', externalId: jidOf(employee.phone) } },
      select: { employeeId: true, verifiedAt: true, phone: true },
    });
    expect(identity).toEqual({ employeeId: employee.id, verifiedAt: expect.any(Date), phone: employee.phone });
    expect(await db.prisma.linkCode.count({ where: { purpose: 'OTP' } })).toBe(0);
    expect((await ana.say('menu')).join('\n')).toContain(employee.name);
  });

  it('asks a chat from another number for the code sent to the phone on record', async () => {
    const stranger = wa.person({ jid: '6289900000001@s.whatsapp.net' });
    await stranger.say('halo');
    await stranger.say(employee.nip);
    expect((await stranger.say(dmy(employee.birthDate))).join('\n')).toMatch(/kode/i);
    const otp = wa.socket.sent.filter((s) => s.jid === jidOf(employee.phone));
    expect(otp).toHaveLength(1);
    expect(await db.prisma.chatIdentity.count({ where: { verifiedAt: { not: null }, channel: 'WHATSAPP' } })).toBe(0);
  });

  it('answers numbered lists: the reply "3" picks the third line', async () => {
    const ana = await linkedPerson();
    const types = (await ana.say('cuti')).join('\n');
    expect(types).toMatch(/Jenis cuti apa[\s\S]*\n1\. Cuti Tahunan\n2\. Cuti Besar\n3\. Cuti Sakit/);
    expect(await ana.say('3')).toEqual([expect.stringMatching(/^Tanggal berapa Cuti Sakit\?/)]);
  });

  it('takes a doctor’s letter photo in a sick leave request and attaches it to the request', async () => {
    const ana = await linkedPerson();
    await toDocumentStep(ana);

    const letter = (await wa.photo({ caption: 'surat dokter', content: Buffer.from('JPEG bytes of the letter') }))(ana.from);
    const photoId = letter.key.id!;
    const summary = (await ana.say(() => letter)).join('\n');
    expect(wa.media.requests).toHaveLength(1);
    expect(summary).toContain(`📎 foto-${photoId}.jpg diterima.`);
    expect(summary).toContain(`• Dokumen: Surat keterangan dokter (foto-${photoId}.jpg)`);
    expect((await ana.say('1')).join('\n')).toMatch(/ref CS-2026-\d+/);

    const request = await db.prisma.leaveRequest.findFirstOrThrow({ select: { id: true, typeCode: true, days: true, employeeId: true } });
    expect(request).toMatchObject({ typeCode: 'CS', days: 3, employeeId: employee.id });
    const stored = await db.prisma.leaveDocument.findFirstOrThrow({ select: { requestId: true, mimeType: true, channel: true, content: true, fileName: true } });
    expect(stored).toMatchObject({ requestId: request.id, mimeType: 'image/jpeg', channel: 'WHATSAPP', fileName: `foto-${photoId}.jpg` });
    expect(Buffer.from(stored.content).toString()).toBe('JPEG bytes of the letter');
  });

  it('sends the doctor’s letter to the supervisor on WhatsApp as a document, right after the card', async () => {
    const people = await demoPeople(db);
    const boss = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.supervisor.id }, select: { phone: true, nip: true } });
    await linkIdentity(db, 'WHATSAPP', jidOf(boss.phone!), boss.nip);
    const ana = await linkedPerson();
    await toDocumentStep(ana);
    const bytes = Buffer.from('JPEG bytes of the letter for the supervisor');
    const letter = (await wa.photo({ caption: 'surat dokter', content: bytes }))(ana.from);
    await ana.say(() => letter);
    await ana.say('1');

    const toBoss = wa.socket.sent.filter((m) => m.jid === jidOf(boss.phone!));
    const cardAt = toBoss.findIndex((m) => readable(m.content).includes('Permintaan cuti CS-2026-'));
    expect(cardAt).toBeGreaterThanOrEqual(0);
    expect(readable(toBoss[cardAt]!.content)).toContain('Dokumen: Surat keterangan dokter, terlampir (1)');
    const document = toBoss[cardAt + 1]!.content as { document: Buffer; mimetype: string; fileName: string; caption: string };
    expect(Buffer.compare(document.document, bytes)).toBe(0);
    expect(document).toMatchObject({ mimetype: 'image/jpeg', fileName: `foto-${letter.key.id!}.jpg`, caption: expect.stringContaining('Surat keterangan dokter untuk permintaan cuti CS-2026-') });
    // Nobody else got the letter.
    expect(wa.socket.sent.filter((m) => 'document' in m.content).map((m) => m.jid)).toEqual([jidOf(boss.phone!)]);
  });

  it('refuses a file over 10 MB without downloading it', async () => {
    const ana = await linkedPerson();
    await toDocumentStep(ana);
    expect(await ana.say(await wa.photo({ size: 11 * 1_048_576 }))).toEqual(['Berkas terlalu besar (maksimal 10 MB). Kirim foto atau PDF yang lebih kecil, ya.']);
    expect(wa.media.requests).toEqual([]);
  });

  it('delivers a payslip as a locked PDF document', async () => {
    const ana = await linkedPerson();
    expect((await ana.say('slip')).join('\n')).toMatch(/Slip gaji bulan apa\?[\s\S]*1\. Oktober 2026/);
    expect(await ana.say('1')).toEqual(['📄 slip-gaji-2026-10.pdf']);

    const sent = ana.received().at(-1)!.content as { document: Buffer; mimetype: string; fileName: string; caption: string };
    expect(sent.mimetype).toBe('application/pdf');
    expect(sent.caption).toMatch(/^Slip gaji Oktober 2026\./);
    expect(sent.document.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sent.document.includes('/Encrypt')).toBe(true);
    expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP', status: { not: 'SENT' } } })).toBe(0);
  });

  it('ignores own messages, groups, status updates, broadcasts, channels and reactions', async () => {
    const ana = await linkedPerson();
    const from = ana.from;
    wa.socket.receive(
      incoming(from, { conversation: 'menu' }, { fromMe: true }),
      incoming({ jid: '120363012345678901@g.us' }, { conversation: 'menu' }, { participant: from.jid }),
      incoming({ jid: 'status@broadcast' }, { conversation: 'menu' }, { participant: from.jid }),
      incoming({ jid: '1700000000@broadcast' }, { conversation: 'menu' }),
      incoming({ jid: '120363999999999999@newsletter' }, { conversation: 'menu' }),
      incoming(from, { reactionMessage: { key: { remoteJid: from.jid, id: 'X' }, text: '👍' } }),
    );
    await wa.settle();
    expect(wa.socket.sent).toEqual([]);
    expect(await db.prisma.processedEvent.count()).toBe(0);
    expect(await db.prisma.chatIdentity.count({ where: { channel: 'WHATSAPP' } })).toBe(1);
  });

  it('handles a redelivered message once', async () => {
    const ana = await linkedPerson();
    await ana.say('halo');
    const before = ana.received().length;
    const message = text(ana.from, 'saldo');
    wa.socket.receive(message);
    wa.socket.receive(message);
    await wa.settle();
    expect(await db.prisma.processedEvent.count({ where: { channel: 'WHATSAPP', eventId: message.key.id! } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { action: 'conversation.turn' } })).toBe(2);
    const once = ana.received().length - before;
    expect(once).toBeGreaterThan(0);
    expect(await ana.say('saldo')).toHaveLength(once);
  });

  it('resolves a LID sender to the employee by its alternate phone-number id, and remembers the LID', async () => {
    await linkIdentity(db, 'WHATSAPP', jidOf(employee.phone), employee.nip);
    const lid = '201851234567890@lid';
    const ana = wa.person({ jid: lid, alt: `${employee.phone}@s.whatsapp.net` });
    expect((await ana.say('menu')).join('\n')).toContain(`Halo, ${employee.name}.`);
    expect(wa.socket.sent.every((s) => s.jid === jidOf(employee.phone))).toBe(true);
    const identity = await db.prisma.chatIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'WHATSAPP', externalId: jidOf(employee.phone) } },
      select: { altId: true, phone: true, employeeId: true },
    });
    expect(identity).toEqual({ altId: lid, phone: employee.phone, employeeId: employee.id });
  });

  it('resolves a LID through the mapping WhatsApp gave the socket', async () => {
    await linkIdentity(db, 'WHATSAPP', jidOf(employee.phone), employee.nip);
    const lid = '201851234567890@lid';
    wa.socket.lidMap.set(lid, `${employee.phone}:4@s.whatsapp.net`);
    wa.socket.receive(text({ jid: lid }, 'menu'));
    await wa.settle();
    expect(wa.socket.sent.length).toBeGreaterThan(0);
    expect(new Set(wa.socket.sent.map((s) => s.jid))).toEqual(new Set([jidOf(employee.phone)]));
  });

  it('politely refuses a sender known only by a LID, once a day, and runs no flow', async () => {
    await linkIdentity(db, 'WHATSAPP', jidOf(employee.phone), employee.nip);
    await db.prisma.chatIdentity.updateMany({ data: { altId: '201851234567890@lid' } });
    const stranger = wa.person({ jid: '201851234567890@lid' });
    expect(await stranger.say('menu')).toEqual([expect.stringMatching(/^Maaf, nomor WhatsApp Anda tidak dapat dikenali/)]);
    expect(wa.socket.sent).toEqual([
      { jid: '201851234567890@lid', content: { text: expect.stringMatching(/^Maaf, nomor WhatsApp Anda tidak dapat dikenali/) } },
    ]);
    expect(await stranger.say('halo?')).toEqual([]);
    expect(await db.prisma.processedEvent.count()).toBe(0);
    expect(await db.prisma.conversationSession.count()).toBe(0);
    expect(await db.prisma.chatIdentity.count({ where: { channel: 'WHATSAPP' } })).toBe(1);
  });
});
