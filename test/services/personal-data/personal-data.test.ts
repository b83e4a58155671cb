import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { loadConfig } from '../../../src/config';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { collectPersonalData } from '../../../src/services/personal-data/collect-personal-data';
import { exportPersonalData } from '../../../src/services/personal-data/export-personal-data';
import { renderPersonalData } from '../../../src/services/personal-data/render-personal-data';
import { requestProfileChange } from '../../../src/services/profile/request-profile-change';
import type { Tx } from '../../../src/store/database';
import { seedDemo } from '../../../src/store/seed/seed-demo';
import { actorOf, demoPeople, linkIdentity, makeAdminActor } from '../../support/factories';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/test-database';
import { pdfTexts } from '../../payslip/read-pdf';

const NOW = '2026-11-27T03:00:00Z';
const config = { ...loadConfig({}), PUBLIC_URL: 'https://sapa.example.go.id', PRIVACY_CONTACT: 'BKPSDM, bkpsdm@serangkota.go.id' };

/** The PDF's text as one string (pdfjs splits lines into pieces). */
async function textOf(content: Buffer): Promise<string> {
  return (await pdfTexts(content, '')).items.map((i) => i.text).join(' ');
}

describe.each(testProviders)('personal data of one employee on %s', (provider) => {
  let db: TestDatabase;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  const clock = fixedClock(NOW);

  beforeEach(async () => {
    db = await createTestDatabase(provider);
    await seedDemo(db, clock);
    people = await demoPeople(db);
  });
  afterEach(async () => {
    await db.drop();
  });

  const submit = (employee: { id: number; name: string }, reason: string) =>
    db.prisma.$transaction((tx) =>
      submitLeave(tx as Tx, { clock }, {
        employeeId: employee.id, actor: { type: 'EMPLOYEE', employeeId: employee.id, name: employee.name, channel: 'WHATSAPP' },
        typeCode: 'CT', start: '2026-12-14', end: '2026-12-15', reason, address: 'Serang',
      }),
    );

  it('holds the person’s own record, chats (masked), requests, balances, slip months, changes and audit, and nothing of another employee', async () => {
    const me = people.employee;
    const other = people.pppk;
    const phoneChat = await linkIdentity(db, 'WHATSAPP', '6281234567890@s.whatsapp.net', me.nip);
    await db.prisma.chatIdentity.update({ where: { id: phoneChat }, data: { phone: '6281234567890' } });
    await linkIdentity(db, 'WHATSAPP', '6289876543210@s.whatsapp.net', other.nip);
    const mine = await submit(me, 'Urusan keluarga');
    const theirs = await submit(other, 'Menikahkan anak');
    const actor = await actorOf(db, me.id, phoneChat);
    await db.prisma.$transaction((tx) => requestProfileChange(tx as Tx, { actor, field: 'email', value: 'baru@serangkota.go.id', channel: 'WHATSAPP' }));

    const record = await db.prisma.$transaction((tx) => collectPersonalData(tx as Tx, { employeeId: me.id, now: clock.now(), lang: 'id', config }));
    expect(record.profile).toMatchObject({ nip: me.nip, name: me.name });
    expect(record.chats).toEqual([{ label: 'WhatsApp 6281****890', linkedAt: expect.any(Date) }]);
    expect(record.requests.map((r) => r.ref)).toEqual([mine.ref]);
    expect(record.payslips).toEqual([{ period: expect.stringMatching(/^\d{4}-\d{2}$/), deliveries: 0 }]);
    expect(record.profileChanges).toEqual([expect.objectContaining({ field: 'email', value: 'baru@serangkota.go.id', status: 'PENDING' })]);
    expect(record.audit.map((a) => a.action)).toEqual(expect.arrayContaining(['leave.submitted', 'profile.change_requested']));
    expect(record.contact).toBe('BKPSDM, bkpsdm@serangkota.go.id');
    expect(record.privacyUrl).toBe('https://sapa.example.go.id/privacy');

    const { content, fileName } = await db.prisma.$transaction((tx) => renderPersonalData(tx as Tx, config, { employeeId: me.id, now: clock.now(), lang: 'id' }));
    expect(fileName).toBe('data-pribadi-2026-11-27.pdf');
    const text = await textOf(content);
    for (const own of [me.name, me.nip, mine.ref, 'WhatsApp 6281****890', 'baru@serangkota.go.id', 'Cuti Tahunan', 'ubah data']) expect(text).toContain(own);
    expect(text.replace(/\s+/g, '')).toContain('https://sapa.example.go.id/privacy');
    for (const foreign of [other.name, other.nip, theirs.ref, '6289876543210', '6281234567890', 'Menikahkan anak']) expect(text).not.toContain(foreign);
    // Slips by month only: no amount from the slip's lines.
    const slip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: me.id }, select: { net: true } });
    expect(text).not.toMatch(/Rp\s?\d/);
    expect(text).not.toContain(String(slip.net));
  });

  it('is in English on request, and HR’s export is audited with the officer who asked', async () => {
    const hr = makeAdminActor({ employeeId: people.hr.id, name: people.hr.name, nip: people.hr.nip });
    const file = await db.prisma.$transaction((tx) => exportPersonalData(tx as Tx, config, { nip: people.employee.nip, actor: hr, now: clock.now(), lang: 'en' }));
    const text = await textOf(file.content);
    expect(text).toContain('Personal Data Held by SAPA');
    expect(text).toContain(people.employee.name);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'personal_data.exported' } });
    expect(audit).toMatchObject({ actorType: 'HR_TOKEN', actorId: people.hr.id, entity: 'Employee', entityId: String(people.employee.id) });
    await expect(
      db.prisma.$transaction((tx) => exportPersonalData(tx as Tx, config, { nip: '199901012020011999', actor: hr, now: clock.now(), lang: 'id' })),
    ).rejects.toMatchObject({ code: 'error.not_found' });
  });
});
