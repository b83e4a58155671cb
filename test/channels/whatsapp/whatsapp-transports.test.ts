import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { demoPeople, linkIdentity } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { NOW, startCloudHarness } from './cloud-harness';
import { startWhatsappHarness } from './whatsapp-harness';

/** One person's chat, whichever transport carries it. */
interface Chat {
  /** Types a text; returns what SAPA answered, as the person reads it. */
  say(text: string): Promise<string[]>;
  /** Picks the option matching `label` on SAPA's latest choice: a tap on a button or list row where the transport shows them, else its number typed. */
  choose(label: RegExp): Promise<string[]>;
  /** Everything SAPA sent to this chat, as read. */
  read(): string[];
  /** The files SAPA sent to this chat. */
  files(): Array<{ fileName: string; content: Buffer }>;
}

interface Transport {
  person(phone: string, name: string): Chat;
  /** Choices made by tapping a reply button or list row (none on Baileys: numbered text only). */
  taps(): number;
  close(): Promise<void>;
}

/** The number of the line matching `label` in the latest numbered list sent. */
function numberOf(lines: string[], label: RegExp): string {
  for (const message of [...lines].reverse()) {
    const hit = message.split('\n').find((line) => /^\d+\. /.test(line) && label.test(line.replace(/^\d+\. /, '')));
    if (hit) return hit.split('.')[0]!;
  }
  throw new Error(`no numbered option ${label}`);
}

async function baileys(db: TestDatabase): Promise<Transport> {
  const wa = await startWhatsappHarness(db);
  return {
    person(phone, name) {
      const person = wa.person({ jid: `${phone}@s.whatsapp.net`, pushName: name });
      const read = () => person.received().map((s) => ('text' in s.content ? String(s.content.text) : `📄 ${String((s.content as { fileName?: string }).fileName)}`));
      return {
        say: (text) => person.say(text),
        choose: (label) => person.say(numberOf(read(), label)),
        read,
        files: () =>
          person
            .received()
            .filter((s) => 'document' in s.content)
            .map((s) => {
              const doc = s.content as { document: Buffer; fileName: string };
              return { fileName: doc.fileName, content: doc.document };
            }),
      };
    },
    taps: () => 0,
    close: () => wa.close(),
  };
}

async function cloud(db: TestDatabase): Promise<Transport> {
  const wa = await startCloudHarness(db);
  const { readable, optionsOf } = await import('./cloud-harness');
  let taps = 0;
  return {
    person(phone, name) {
      const person = wa.person({ waId: phone, name });
      const read = () => person.received().map(readable);
      return {
        say: (text) => person.say(text),
        choose(label) {
          const latest = [...person.received()].reverse().find((m) => m.type === 'interactive' || /\n1\. /.test(readable(m)));
          if (latest?.type === 'interactive' && optionsOf(latest).some((o) => label.test(o.title))) {
            taps += 1;
            return person.tap(label);
          }
          return person.say(numberOf(read(), label));
        },
        read,
        files: () =>
          person
            .received()
            .filter((m) => m.type === 'document')
            .map((m) => {
              const { id, filename } = m.body.document as { id: string; filename: string };
              return { fileName: filename, content: wa.api.uploads.find((u) => u.id === id)!.content };
            }),
      };
    },
    taps: () => taps,
    close: () => wa.close(),
  };
}

const transports = { baileys, cloud } as const;

/**
 * The same leave, approval and payslip conversations over both WhatsApp
 * transports: Baileys (numbered text, a fake socket) and the Cloud API
 * (reply buttons and lists, the signed webhook, a fake Graph API). Telegram
 * runs them in test/channels/telegram/telegram-leave.test.ts and
 * telegram-payslip.test.ts.
 */
describe.each(Object.keys(transports) as Array<keyof typeof transports>)('WhatsApp over %s: leave, approval, payslip', (name) => {
  let db: TestDatabase;
  let transport: Transport;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let ana: Chat;
  let boss: Chat;

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    const rows = await db.prisma.employee.findMany({ where: { id: { in: [people.employee.id, people.supervisor.id] } }, select: { id: true, phone: true } });
    const phoneOf = (id: number) => rows.find((r) => r.id === id)!.phone!;
    await linkIdentity(db, 'WHATSAPP', `${phoneOf(people.employee.id)}@s.whatsapp.net`, people.employee.nip);
    await linkIdentity(db, 'WHATSAPP', `${phoneOf(people.supervisor.id)}@s.whatsapp.net`, people.supervisor.nip);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.employee.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    transport = await transports[name](db);
    ana = transport.person(phoneOf(people.employee.id), 'Ana');
    boss = transport.person(phoneOf(people.supervisor.id), 'Budi');
  });
  afterEach(async () => {
    await transport.close();
    await db.drop();
  });

  it('an employee requests annual leave; the supervisor approves it from the approvals list; the employee is told', async () => {
    expect((await ana.say('cuti')).join('\n')).toMatch(/Jenis cuti apa/);
    await ana.choose(/^Cuti Tahunan/);
    await ana.say('14-16 des');
    await ana.choose(/^Tidak/);
    await ana.say('acara keluarga di Bandung');
    const summary = (await ana.say('Jl. Veteran No. 5, Serang')).join('\n');
    expect(summary).toContain('14-16 Des 2026');
    const submitted = (await ana.choose(/Ya/)).join('\n');

    const request = await db.prisma.leaveRequest.findFirstOrThrow();
    expect(request).toMatchObject({ status: 'PENDING', startDate: '2026-12-14', endDate: '2026-12-16', submittedVia: 'WHATSAPP' });
    expect(submitted).toContain(request.ref);
    // The card reached the supervisor's WhatsApp (on the Cloud API as a template: Budi has not written in 24 hours).
    expect(boss.read().join('\n')).toContain(request.ref);

    await boss.say('persetujuan');
    await boss.choose(new RegExp(people.employee.name.split(' ')[0]!));
    expect(boss.read().at(-1)).toContain('acara keluarga di Bandung');
    await boss.choose(/Setujui/);

    expect(await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'APPROVED' });
    expect(await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id } })).toMatchObject({
      decision: 'APPROVE',
      decidedById: people.supervisor.id,
      decidedVia: 'WHATSAPP',
    });
    expect(ana.read().join('\n')).toContain(`disetujui oleh ${people.supervisor.name}`);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
    // Yes/no and the decision are reply buttons or a list on the Cloud API.
    expect(transport.taps() > 0).toBe(name === 'cloud');
  });

  it('an employee asks for a payslip and gets the locked PDF as a WhatsApp document', async () => {
    expect((await ana.say('slip')).join('\n')).toMatch(/Slip gaji bulan apa\?/);
    expect(await ana.choose(/Oktober 2026/)).toEqual(['📄 slip-gaji-2026-10.pdf']);
    const [pdf] = ana.files();
    expect(pdf!.fileName).toBe('slip-gaji-2026-10.pdf');
    expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf!.content.includes('/Encrypt')).toBe(true);
    expect(await db.prisma.payslipDelivery.count({ where: { payslip: { employeeId: people.employee.id } } })).toBe(1);
    expect(await db.prisma.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0);
  });
});
