import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLOUD_WEBHOOK_PATH } from '../../../src/channels/whatsapp/cloud/webhook-route';
import { signBody } from '../../../src/channels/whatsapp/cloud/webhook-signature';
import { fixedClock } from '../../../src/clock';
import { approverRemindersJob } from '../../../src/jobs/approver-reminders';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { APP_SECRET, NOW, startCloudHarness, VERIFY_TOKEN, type CloudHarness } from './cloud-harness';
import { contactsOf, delivery, imageMessage, statusOf, textMessage, type CloudPerson } from './cloud-webhooks';

const DAY_MS = 24 * 3_600_000;

describe.each(testProviders)('WhatsApp Cloud API webhook and sender, on %s', (provider) => {
  let db: TestDatabase;
  let wa: CloudHarness;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ana: CloudPerson;
  let boss: CloudPerson;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    const phones = await db.prisma.employee.findMany({ where: { id: { in: [people.employee.id, people.supervisor.id] } }, select: { id: true, phone: true } });
    const phoneOf = (id: number) => phones.find((p) => p.id === id)!.phone!;
    ana = { waId: phoneOf(people.employee.id), name: 'Ana' };
    boss = { waId: phoneOf(people.supervisor.id), name: 'Budi' };
    await linkIdentity(db, 'WHATSAPP', `${ana.waId}@s.whatsapp.net`, people.employee.nip);
    await linkIdentity(db, 'WHATSAPP', `${boss.waId}@s.whatsapp.net`, people.supervisor.nip);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.employee.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    wa = await startCloudHarness(db);
  });
  afterEach(async () => {
    await wa.close();
    await db.drop();
  });

  /** Everything a refused webhook must leave as it was. */
  const footprint = async () => ({
    events: await db.prisma.processedEvent.count(),
    identities: await db.prisma.chatIdentity.findMany({ select: { externalId: true, lastInboundAt: true }, orderBy: { id: 'asc' } }),
    outbox: await db.prisma.outboxMessage.count(),
    audit: await db.prisma.auditLog.count(),
  });

  it('answers the verification handshake only for the verify token', async () => {
    const ok = await wa.app.inject({ method: 'GET', url: `${CLOUD_WEBHOOK_PATH}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    for (const query of [`hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`, `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`, `hub.verify_token=${VERIFY_TOKEN}`, `hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=%3Cscript%3E`]) {
      expect((await wa.app.inject({ method: 'GET', url: `${CLOUD_WEBHOOK_PATH}?${query}` })).statusCode).toBe(403);
    }
  });

  it('refuses a delivery with a bad, missing or stale signature (401) and changes nothing', async () => {
    const before = await footprint();
    const payload = delivery(wa.api, { contacts: contactsOf(ana), messages: [textMessage(ana, 'saldo', wa.clock.now())] });
    const other = Buffer.from(JSON.stringify(delivery(wa.api, { messages: [textMessage(ana, 'menu', wa.clock.now())] })));
    for (const signature of [null, 'sha256=00', `sha256=${'0'.repeat(64)}`, signBody('another-secret', Buffer.from(JSON.stringify(payload))), signBody(APP_SECRET, other)]) {
      expect((await wa.post(payload, signature)).statusCode).toBe(401);
    }
    await wa.worker.drainOnce();
    expect(await footprint()).toEqual(before);
    expect(wa.api.sent).toEqual([]);
  });

  it('refuses a signed body that is not a WhatsApp webhook (400)', async () => {
    const before = await footprint();
    for (const payload of [{ object: 'page', entry: [] }, delivery(wa.api, { messages: [{ id: 'x', from: 'not digits', timestamp: '1', type: 'text' }] }), 'just text']) {
      expect((await wa.post(payload)).statusCode).toBe(400);
    }
    expect(await footprint()).toEqual(before);
  });

  it('handles a replayed message id once', async () => {
    const message = textMessage(ana, 'saldo', wa.clock.now());
    const payload = delivery(wa.api, { contacts: contactsOf(ana), messages: [message] });
    expect((await wa.post(payload)).statusCode).toBe(200);
    await wa.worker.drainOnce();
    const once = wa.api.sentTo(ana.waId).length;
    expect(once).toBeGreaterThan(0);
    const after = await footprint();
    expect((await wa.post(payload)).statusCode).toBe(200);
    await wa.worker.drainOnce();
    expect(await footprint()).toEqual(after);
    expect(wa.api.sentTo(ana.waId)).toHaveLength(once);
    expect(await db.prisma.processedEvent.count({ where: { channel: 'WHATSAPP', eventId: message.id } })).toBe(1);
  });

  it('answers 503 when the inbound queue is full, touching none of its messages, and the redelivery is handled once', async () => {
    const first = textMessage(ana, 'saldo', wa.clock.now());
    const second = textMessage(boss, 'saldo', wa.clock.now());
    const payload = delivery(wa.api, { contacts: [...contactsOf(ana), ...contactsOf(boss)], messages: [first, second] });
    const handled = async () => [first.id, second.id].map((id) => db.prisma.processedEvent.count({ where: { channel: 'WHATSAPP', eventId: id } }));
    const full = await startCloudHarness(db, { inbound: { maxWaiting: 0 } });
    try {
      const refused = await full.post(payload);
      expect(refused.statusCode).toBe(503);
      expect(await Promise.all(await handled())).toEqual([0, 0]);
    } finally {
      await full.close();
    }
    expect((await wa.post(payload)).statusCode).toBe(200);
    expect(await Promise.all(await handled())).toEqual([1, 1]);
    await wa.worker.drainOnce();
    const replies = () => ({ ana: wa.api.sentTo(ana.waId).length, boss: wa.api.sentTo(boss.waId).length });
    const once = replies();
    expect(once.ana).toBeGreaterThan(0);
    expect(once.boss).toBeGreaterThan(0);
    expect((await wa.post(payload)).statusCode).toBe(200);
    await wa.worker.drainOnce();
    expect(replies()).toEqual(once);
  });

  it('records sent, delivered, read and failed on the outbox row, never going back', async () => {
    // Two turns, two sent rows: the introduction comes in one message with the first answer.
    await wa.person(ana).say('halo');
    await wa.person(ana).say('saldo');
    const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { channelMessageId: { not: null } }, orderBy: { id: 'desc' } });
    const wamid = row.channelMessageId!;
    const at = (s: number) => new Date(wa.clock.now().getTime() + s * 1000);
    const report = (status: string, s: number, errors?: Array<{ code: number; title: string }>) => wa.post(delivery(wa.api, { statuses: [statusOf(wamid, status, ana.waId, at(s), errors)] }));
    const state = async () => db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, deliveryStatus: true, lastError: true } });

    expect((await report('sent', 1)).statusCode).toBe(200);
    expect(await state()).toMatchObject({ status: 'SENT', deliveryStatus: 'sent' });
    await report('read', 3);
    await report('delivered', 2);
    expect(await state()).toMatchObject({ status: 'SENT', deliveryStatus: 'read' });

    const other = await db.prisma.outboxMessage.findFirstOrThrow({ where: { channelMessageId: { not: null }, id: { not: row.id } } });
    await wa.post(delivery(wa.api, { statuses: [statusOf(other.channelMessageId!, 'failed', ana.waId, at(4), [{ code: 131000, title: 'Something went wrong' }])] }));
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: other.id }, select: { deliveryStatus: true, lastError: true } })).toEqual({
      deliveryStatus: 'failed',
      lastError: '131000: Something went wrong',
    });
  });

  it('sends a reminder outside the 24-hour window as the notice template, inside it as text', async () => {
    const bossChat = wa.person(boss);
    expect((await bossChat.say('halo')).every((m) => !m.startsWith('template'))).toBe(true);
    await db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: wa.clock }, {
        employeeId: people.employee.id,
        actor: { type: 'EMPLOYEE', employeeId: people.employee.id, name: people.employee.name, channel: 'WHATSAPP' },
        typeCode: 'CT',
        start: '2026-12-14',
        end: '2026-12-15',
        reason: 'urusan keluarga',
        address: 'Serang',
      }),
    );
    await wa.worker.drainOnce();
    // Inside the window: the card arrives as an interactive list.
    expect(bossChat.received().at(-1)!.type).toBe('interactive');

    wa.clock.advance(4 * DAY_MS); // Tue 1 Dec: the request has waited a working day; Budi wrote 4 days ago
    expect(await approverRemindersJob.run({ db, clock: wa.clock, wakeOutbox: () => undefined }, '2026-12-01')).toMatchObject({ reminded: 1 });
    await wa.worker.drainOnce();
    const reminder = bossChat.received().at(-1)!;
    expect(reminder.type).toBe('template');
    expect(reminder.body.template).toMatchObject({
      name: 'sapa_pemberitahuan',
      language: { code: 'id' },
      components: [{ type: 'body', parameters: [{ type: 'text', text: expect.stringMatching(/^Pengingat: pengajuan cuti .* menunggu keputusan Anda/) }] }],
    });
    const text = (reminder.body.template as { components: Array<{ parameters: Array<{ text: string }> }> }).components[0]!.parameters[0]!.text;
    expect(text).not.toMatch(/[\n\t]| {5}/);
  });

  it('sends the template at once when WhatsApp answers re-engagement required (131047), and later messages as templates', async () => {
    const chat = wa.person(ana);
    await chat.say('halo');
    wa.api.failNext({ httpStatus: 400, code: 131047, message: 'Re-engagement message' });
    const answer = await chat.say('saldo');
    expect(answer[0]).toMatch(/^template sapa_pemberitahuan: /);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
  });

  it('puts a message back (as a template) when its status says the window had closed', async () => {
    await wa.person(ana).say('saldo');
    const row = await db.prisma.outboxMessage.findFirstOrThrow({ where: { channelMessageId: { not: null } }, orderBy: { id: 'desc' } });
    await wa.post(delivery(wa.api, { statuses: [statusOf(row.channelMessageId!, 'failed', ana.waId, wa.clock.now(), [{ code: 131047, title: 'Re-engagement message' }])] }));
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id }, select: { status: true } })).toEqual({ status: 'PENDING' });
    await wa.worker.drainOnce();
    expect(wa.api.sentTo(ana.waId).at(-1)!.type).toBe('template');
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id }, select: { status: true } })).toEqual({ status: 'SENT' });
  });

  it('pauses sending after a throughput error (130429) without losing the message or spending an attempt', async () => {
    wa.api.failNext({ httpStatus: 429, code: 130429, message: 'Rate limit hit' });
    const chat = wa.person(ana);
    const started = wa.clock.now().getTime();
    await wa.post(delivery(wa.api, { contacts: contactsOf(ana), messages: [textMessage(ana, 'saldo', wa.clock.now())] }));
    const stats = await wa.worker.drainOnce();
    expect(stats).toMatchObject({ throttled: 1, dead: 0, retried: 0 });
    expect(wa.clock.now().getTime() - started).toBeGreaterThanOrEqual(2_000);
    expect(chat.received().length).toBeGreaterThan(0);
    const rows = await db.prisma.outboxMessage.findMany({ select: { status: true, attempts: true } });
    expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
  });

  it('dead-letters a message to a number that is not on WhatsApp (131026) and marks the chat unreachable', async () => {
    await wa.person(ana).say('halo');
    wa.api.failNext({ httpStatus: 400, code: 131026, message: 'Message undeliverable' }, { times: 5 });
    await wa.person(ana).say('saldo');
    expect(await db.prisma.outboxMessage.count({ where: { status: 'DEAD' } })).toBeGreaterThan(0);
    expect((await db.prisma.chatIdentity.findFirstOrThrow({ where: { externalId: `${ana.waId}@s.whatsapp.net` } })).unreachableAt).not.toBeNull();
  });

  it('downloads a photo through the Graph API media URL when a step asks for one, and cuts a file that streams past the cap', async () => {
    const chat = wa.person(ana);
    await chat.say('cuti');
    await chat.say('cuti sakit');
    await chat.say('hari ini s.d. 29 nov');
    await chat.say('1');
    await chat.say('demam berdarah');
    expect((await chat.say('rumah, Jl. Ahmad Yani 1')).join('\n')).toMatch(/Surat keterangan dokter/);

    const huge = wa.api.addMedia(Buffer.from('tiny'), 'image/jpeg', { declaredSize: 1000, streamBytes: 50 * 1_048_576 });
    const post = async (media: { id: string; sha256?: string }) => {
      const before = wa.api.sentTo(ana.waId).length;
      await wa.post(delivery(wa.api, { contacts: contactsOf(ana), messages: [imageMessage(ana, media, wa.clock.now(), 'surat dokter')] }));
      await wa.worker.drainOnce();
      return wa.api.sentTo(ana.waId).slice(before);
    };
    const cut = await post({ id: huge.id });
    expect(cut.map((m) => (m.body.text as { body: string }).body)).toEqual(['Berkas terlalu besar (maksimal 10 MB). Kirim foto atau PDF yang lebih kecil, ya.']);
    expect(await db.prisma.leaveDocument.count()).toBe(0);

    const letter = wa.api.addMedia(Buffer.from('JPEG bytes of the letter'), 'image/jpeg');
    const answer = await post(letter);
    expect(JSON.stringify(answer)).toContain('diterima');
    expect(wa.api.requests).toContain(`GET /v21.0/${letter.id}`);
  });
});
