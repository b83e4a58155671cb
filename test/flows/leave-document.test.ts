import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { employeeChat, seedLeaveWorld, submitFor } from './leave-chat';

const letter = { kind: 'document' as const, fileName: 'surat-dokter.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 surat dokter') };
const sick = { typeCode: 'CS', start: '2026-11-30', end: '2026-12-03', detail: { sickKind: 'ILLNESS' as const }, reason: 'demam' };

describe('sending a letter after the request', () => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof seedLeaveWorld>>;

  beforeEach(async () => {
    db = await createTestDatabase('sqlite');
    people = await seedLeaveWorld(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  it('"kirim surat" takes the letter for the one incomplete request and the request is complete', async () => {
    const request = await submitFor(db, people.employee, sick);
    expect(request.missingDocument).toBe('DOCTOR');
    const { person } = await employeeChat(db, people.employee.nip);
    expect((await person.say('kirim surat')).join('\n')).toContain(`Kirim foto atau file PDF surat untuk permintaan *${request.ref}*`);
    expect((await person.say('ini suratnya')).join('\n')).toContain('Saya perlu suratnya berupa foto atau file PDF');
    const reply = (await person.say(letter)).join('\n');
    expect(reply).toContain(`📎 surat-dokter.pdf diterima untuk *${request.ref}*`);
    expect(reply).toContain(people.supervisor.name);
    const documents = await db.prisma.leaveDocument.findMany({ select: { requestId: true, kind: true } });
    expect(documents).toEqual([{ requestId: request.id, kind: 'DOCTOR' }]);
    expect((await person.say('kirim surat')).join('\n')).toContain('Tidak ada permintaan cuti Anda yang menunggu surat');
  });

  it('offers "send the letter" in the details of an incomplete request', async () => {
    const request = await submitFor(db, people.employee, sick);
    const { person } = await employeeChat(db, people.employee.nip);
    await person.say('status');
    const detail = (await person.say('1')).join('\n');
    expect(detail).toContain('⚠️ Belum lengkap: Surat keterangan dokter belum dikirim');
    expect(detail).toMatch(/2\. 📎 Kirim surat/);
    expect((await person.say('2')).join('\n')).toContain(`surat untuk permintaan *${request.ref}*`);
    await person.say(letter);
    expect(await db.prisma.leaveDocument.count({ where: { requestId: request.id } })).toBe(1);
  });
});
