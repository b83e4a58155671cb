import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import type { Tx } from '../../src/store/database';
import { submitLeave } from '../../src/services/leave/submit-leave';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { createTestDatabase, type TestDatabase, testProviders } from '../support/test-database';

const NOW = '2026-11-27T03:00:00Z';
const NUL = '\u0000';

/** PostgreSQL refuses NUL in text: chat text with it must be cleaned before any flow stores or searches it. */
describe.each(testProviders)('control characters in chat text (%s)', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let chat: ReturnType<typeof createChatHarness>;

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, fixedClock(NOW));
    people = await demoPeople(db);
    await db.prisma.leaveBalance.updateMany({ where: { employeeId: people.employee.id, year: 2026 }, data: { entitled: 12, carriedOver: 0, used: 0, reserved: 0 } });
    chat = createChatHarness(db, createFlowRegistry(), { now: NOW });
  });
  afterEach(async () => {
    await db.drop();
  });

  it('a leave request whose reason and address carry NUL is saved without it', async () => {
    await linkIdentity(db, 'LOCAL', 'ana', people.employee.nip);
    const ana = chat.person('ana');
    await ana.say('halo');
    await ana.say(`cuti${NUL}`);
    await ana.say('1');
    await ana.say('14-16 des');
    await ana.say('tidak');
    await ana.say(`acara keluarga${NUL} di Bandung`);
    await ana.say(`Jl. Veteran${NUL} No. 5\u0007, Serang`);
    await ana.say('ganti telepon');
    const summary = (await ana.say(`0812${NUL}34567890`)).join('\n');
    expect(summary).toContain('• Telepon selama cuti: 081234567890');
    expect(summary).toContain('• Alamat selama cuti: Jl. Veteran No. 5, Serang');
    await ana.say('ya');
    expect(await db.prisma.leaveRequest.findFirstOrThrow({ select: { reason: true, address: true } })).toEqual({
      reason: 'acara keluarga di Bandung',
      address: 'Jl. Veteran No. 5, Serang',
    });
  });

  it("an approver's note with NUL is recorded without it", async () => {
    const { employee } = people;
    const request = await db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock: chat.clock }, {
        employeeId: employee.id,
        actor: { type: 'EMPLOYEE', employeeId: employee.id, name: employee.name, channel: 'LOCAL' },
        typeCode: 'CT', start: '2026-12-07', end: '2026-12-09', reason: 'Menikahkan adik', address: 'Serang',
      }),
    );
    await linkIdentity(db, 'LOCAL', 'boss', people.supervisor.nip);
    const boss = chat.person('boss');
    await boss.say('menu');
    await boss.say('persetujuan');
    await boss.say('1');
    expect((await boss.say('2')).join('\n')).toContain(`Tulis catatan untuk ${employee.name}`);
    await boss.say(`Selamat${NUL} menikahkan adik${NUL}`);
    expect(await db.prisma.leaveRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true } })).toEqual({ status: 'APPROVED' });
    const step = await db.prisma.approvalStep.findFirstOrThrow({ where: { requestId: request.id }, select: { note: true } });
    expect(step.note).toBe('Selamat menikahkan adik');
  });

  it('an HR search with NUL in it finds the employee', async () => {
    await linkIdentity(db, 'LOCAL', 'hr', people.hr.nip);
    const hr = chat.person('hr');
    await hr.say('halo');
    await hr.say('cari pegawai');
    expect((await hr.say(`${people.employee.nip.slice(0, 12)}${NUL}`)).join('\n')).toContain(people.employee.name);
  });
});
