import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { pdf, photo } from './messages';
import { NOW, startWhatsappHarness, type WhatsappHarness, type WhatsappPerson } from './whatsapp-harness';

const MB = 1_048_576;

describe('WhatsApp files: downloaded only when a linked employee is asked for one', () => {
  let db: TestDatabase;
  let wa: WhatsappHarness;
  let employee: { nip: string; phone: string };

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW));
    const people = await demoPeople(db);
    const row = await db.prisma.employee.findUniqueOrThrow({ where: { id: people.employee.id }, select: { phone: true } });
    employee = { nip: people.employee.nip, phone: row.phone! };
    wa = await startWhatsappHarness(db);
  });
  afterEach(async () => {
    await wa.close();
    await db.drop();
  });

  const jidOf = (phone: string) => `${phone}@s.whatsapp.net`;
  async function linkedPerson(): Promise<WhatsappPerson> {
    await linkIdentity(db, 'WHATSAPP', jidOf(employee.phone), employee.nip);
    return wa.person({ jid: jidOf(employee.phone) });
  }
  async function toDocumentStep(person: WhatsappPerson) {
    for (const answer of ['cuti', 'cuti sakit', 'hari ini s.d. 29 nov', '1', 'demam berdarah']) await person.say(answer);
    expect((await person.say('rumah, Jl. Ahmad Yani 1')).join('\n')).toMatch(/memerlukan \*Surat keterangan dokter\*/);
  }

  it('never downloads a document from an unlinked sender, and answers such files at most once an hour', async () => {
    const stranger = wa.person({ jid: '6289900000001@s.whatsapp.net' });
    expect(await stranger.say(await wa.pdf('surat.pdf', Buffer.from('%PDF- x')))).toEqual([expect.stringMatching(/belum terhubung/)]);
    expect(await stranger.say(await wa.photo())).toEqual([]);
    wa.clock.advance(61 * 60_000);
    expect(await stranger.say(await wa.photo())).toEqual([expect.stringMatching(/belum terhubung/)]);
    expect(wa.media.requests).toEqual([]);
    expect(await db.prisma.leaveDocument.count()).toBe(0);
    expect(await db.prisma.processedEvent.count()).toBe(0);
  });

  it('does not download a linked employee’s file when no step asks for one', async () => {
    const ana = await linkedPerson();
    await ana.say('menu');
    expect(await ana.say(await wa.photo())).toEqual([expect.stringMatching(/^Berkas Anda tidak disimpan karena SAPA sedang tidak meminta berkas/)]);
    expect(wa.media.requests).toEqual([]);
    expect(await db.prisma.leaveDocument.count()).toBe(0);
  });

  it('cuts a declared 1 KB document that streams 50 MB at the 10 MB cap, and keeps nothing', async () => {
    const ana = await linkedPerson();
    await toDocumentStep(ana);
    const liar = wa.media.endless(50 * MB);
    expect(await ana.say((from) => pdf(from, 'surat.pdf', 1024, liar))).toEqual(['Berkas terlalu besar (maksimal 10 MB). Kirim foto atau PDF yang lebih kecil, ya.']);
    expect(wa.media.pulled()).toBeLessThanOrEqual(10 * MB + 26 + 64 * 1024);
    expect(await db.prisma.leaveDocument.count()).toBe(0);
  });

  it('refuses a file whose URL points at another host, without any request', async () => {
    const ana = await linkedPerson();
    await toDocumentStep(ana);
    const fields = await wa.media.upload(Buffer.from('JPEG'), 'image');
    const internal = { ...fields, url: 'http://127.0.0.1:3000/admin/digest' };
    expect(await ana.say((from) => photo(from, { media: internal }))).toEqual(['Maaf, berkas Anda tidak dapat diunduh. Silakan kirim ulang.']);
    expect(wa.media.requests).toEqual([]);
    expect(await db.prisma.leaveDocument.count()).toBe(0);
  });
});
