import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlowRegistry } from '../../flows';
import { fixedClock } from '../../src/clock';
import type { InboundContent } from '../../src/chat/inbound-message';
import { seedDemo } from '../../src/store/seed/seed-demo';
import { createChatHarness } from '../support/chat-harness';
import { demoPeople, linkIdentity } from '../support/factories';
import { seededRandom } from '../support/seeded-random';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const random = seededRandom;

/** Words that open every flow, answers that move through them, and hostile input. */
const MOVES = [
  'menu', 'cuti', 'status', 'saldo', 'slip', 'batalkan pengajuan', 'persetujuan', 'rekap', 'cari pegawai', 'ubah data', 'bahasa',
  'bantuan', 'kembali', 'batal', 'hubungkan', '1', '2', '3', '4', '5', '6', 'ya', 'tidak', '-', 'besok', '14-16 des', '31 feb',
  'Jl. Veteran No. 5, Serang', 'acara keluarga', '0813 1111 2222', 'nama@serangkota.go.id', 'ahmad', '1990',
];
const HOSTILE = [
  '', '   ', "'; DROP TABLE \"Employee\"; --", '<script>alert(1)</script>', '{{7*7}}', '\u0000\u0007\u001b[31m', '\u202e\ufeff',
  '😀🤷‍♀️🇮🇩', 'x'.repeat(5000), '31/02/2026', '99999999999999999999', '__proto__', 'dec:AAAAAAAAAA:APPROVE', 'dec:::',
];

function input(r: ReturnType<typeof random>): InboundContent {
  switch (r.int(10)) {
    case 0:
      return { kind: 'choice', value: r.pick([...MOVES, ...HOSTILE]) };
    case 1:
      return { kind: 'document', fileName: 'surat.pdf', mimeType: r.pick(['application/pdf', 'image/jpeg', 'text/html']), content: Buffer.from('%PDF-1.4') };
    case 2:
      return { kind: 'contact', phone: r.pick(['6281311112222', '+62 812', 'abc']) };
    case 3:
    case 4:
      return { kind: 'text', text: r.pick(HOSTILE) };
    default:
      return { kind: 'text', text: r.pick(MOVES) };
  }
}

describe('random walks through every flow', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db, fixedClock('2026-11-27T03:00:00Z'));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('answers every input of an employee, a supervisor, HR and a stranger without a crash', async () => {
    const { employee, supervisor, hr } = await demoPeople(db);
    await linkIdentity(db, 'LOCAL', 'employee', employee.nip);
    await linkIdentity(db, 'LOCAL', 'supervisor', supervisor.nip);
    await linkIdentity(db, 'LOCAL', 'hr', hr.nip);
    const chat = createChatHarness(db, createFlowRegistry());
    const r = random(20261127);
    const visited = new Set<string>();
    for (const who of ['employee', 'supervisor', 'hr', 'stranger']) {
      const person = chat.person(who);
      for (let i = 0; i < 250; i += 1) {
        const sent = input(r);
        const replies = await person.say(sent);
        expect(replies.length, `${who} turn ${i} got no answer to ${JSON.stringify(sent).slice(0, 80)}`).toBeGreaterThan(0);
        const session = await db.prisma.conversationSession.findUniqueOrThrow({ where: { channel_chatId: { channel: 'LOCAL', chatId: who } } });
        const state = session.state as { flow: string; step: string };
        visited.add(`${state.flow}.${state.step}`);
      }
    }
    // The walk must really reach into the flows, not bounce off the menu (the
    // leave flows have their own step-by-step fuzz test).
    expect(visited.size).toBeGreaterThanOrEqual(8);
    const strays = await db.prisma.leaveRequest.findMany({ where: { employee: { nip: { notIn: [employee.nip, supervisor.nip, hr.nip] } } } });
    expect(strays).toEqual([]);
  }, 240_000);
});
