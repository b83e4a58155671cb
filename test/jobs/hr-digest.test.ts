import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../src/chat/outbound-message';
import type { ChannelName } from '../../src/chat/channel-name';
import { loadConfig } from '../../src/config';
import { hrDigestJob } from '../../src/jobs/hr-digest';
import { jobsModule } from '../../src/jobs/jobs-module';
import { createLogger } from '../../src/logger';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { jobsWorld, makeRequest, resetActivity } from '../support/jobs-world';

describe('HR digest job', () => {
  let db: TestDatabase;
  let world: Awaited<ReturnType<typeof jobsWorld>>;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    world = await jobsWorld(db);
  });
  afterAll(async () => {
    await db.drop();
  });
  beforeEach(async () => {
    await resetActivity(db);
  });

  it('sends each HR officer the short digest and the CSV on Telegram, once', async () => {
    const { hr, employee, ctx } = world;
    await makeRequest(db, { employee, status: 'APPROVED', start: '2026-11-27', end: '2026-11-27' });

    expect(await hrDigestJob.run(ctx, '2026-11-27')).toMatchObject({ officers: 1, reached: 1, onLeaveToday: 1 });
    await hrDigestJob.run(ctx, '2026-11-27');

    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' }, select: { channel: true, chatId: true, payload: true } });
    expect(rows.map((r) => [r.channel, r.chatId])).toEqual([['TELEGRAM', `tg-${hr.id}`], ['TELEGRAM', `tg-${hr.id}`]]);
    const [text, csv] = rows.map((r) => r.payload as unknown as OutboundMessage);
    expect(text).toMatchObject({ kind: 'text', text: expect.stringContaining(`Cuti hari ini: 1 orang`) });
    expect(csv).toMatchObject({ kind: 'document', fileName: 'sapa-digest-2026-11-27.csv', mimeType: 'text/csv', caption: 'Rincian ringkasan harian 27 Nov 2026' });
    const content = csv?.kind === 'document' && csv.source.type === 'inline' ? Buffer.from(csv.source.base64, 'base64').toString('utf8') : '';
    expect(content).toContain(employee.nip);
  });

  it('reaches an officer without Telegram through another verified chat', async () => {
    const { ctx } = world;
    const linked = new Set([world.employee, world.supervisor, world.chief, world.hr, world.pppk].map((p) => p.id));
    const other = world.all.find((e) => !linked.has(e.id) && e.role === 'EMPLOYEE')!;
    await db.prisma.employee.update({ where: { id: other.id }, data: { role: 'HR' } });
    await db.prisma.chatIdentity.create({ data: { channel: 'WHATSAPP', externalId: `wa-${other.id}`, employeeId: other.id, verifiedAt: new Date('2026-11-01T00:00:00Z') } });
    try {
      expect(await hrDigestJob.run(ctx, '2026-11-27')).toMatchObject({ officers: 2, reached: 2 });
      expect(await db.prisma.outboxMessage.count({ where: { channel: 'WHATSAPP', chatId: `wa-${other.id}` } })).toBe(2);
    } finally {
      await db.prisma.chatIdentity.deleteMany({ where: { externalId: `wa-${other.id}` } });
      await db.prisma.employee.update({ where: { id: other.id }, data: { role: 'EMPLOYEE' } });
    }
  });

  it('tells HR how many messages wait to be sent and when they will have gone out, at the send rates SAPA runs with', async () => {
    const { ctx, hr } = world;
    await db.prisma.outboxMessage.createMany({
      data: Array.from({ length: 120 }, (_, n) => ({ channel: 'WHATSAPP' as const, lane: 'BULK' as const, chatId: `wa-${n}`, payload: { kind: 'text', text: 'Slip gaji Anda sudah terbit' } })),
    });
    // The map the server fills with each sender's pace once the channels are up, as the admin API's outbox queue reads it.
    const sendRates = new Map<ChannelName, number>();
    const modules = jobsModule({
      ...ctx,
      config: loadConfig({ JOBS_ENABLED: 'false' }),
      logger: createLogger('silent'),
      engine: undefined as never,
      flows: undefined as never,
      sendRates,
    });
    sendRates.set('WHATSAPP', 0.5);
    expect(await modules.control.run('hr-digest', '2026-11-27')).toMatchObject({ status: 'DONE' });

    const digest = await db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: `tg-${hr.id}` }, orderBy: { id: 'asc' }, select: { payload: true } });
    expect(digest.payload).toMatchObject({ kind: 'text', text: expect.stringContaining('Antrean kirim WhatsApp: 120 pesan, perkiraan selesai 4 menit') });
  });

  it('sends nothing on weekends and holidays', async () => {
    const { ctx } = world;
    expect(await hrDigestJob.run(ctx, '2026-11-28')).toEqual({ skipped: 'not a working day' });
    expect(await hrDigestJob.run(ctx, '2026-12-25')).toEqual({ skipped: 'not a working day' });
    expect(await db.prisma.outboxMessage.count()).toBe(0);
  });
});
