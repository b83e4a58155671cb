import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { formatRupiah } from '../../../src/domain/format';
import { payslipDocumentResolver, resolvePayslipDocument, type PayslipConfig } from '../../../src/services/payslips/resolve-payslip-document';
import { openPdf, pdfTexts } from '../../payslip/read-pdf';
import { demoPeople } from '../../support/factories';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { seedDemoAt } from './payroll-fixtures';

const config: PayslipConfig = {
  AGENCY_NAME: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Serang',
  AGENCY_ADDRESS: 'Jl. Jenderal Sudirman No. 5, Serang, Banten',
  PUBLIC_URL: 'https://sapa.serangkota.go.id/',
  PAYSLIP_PASSWORD_RULE: 'BIRTHDATE_DDMMYYYY',
};
const clock = fixedClock('2026-11-27T03:02:00Z');

describe('resolvePayslipDocument', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoAt(db);
  });
  afterAll(async () => {
    await db.drop();
  });

  let owner: { nip: string; name: string; birthDate: string };
  let slip: { id: number; net: number; verificationCode: string };
  beforeEach(async () => {
    const { employee } = await demoPeople(db);
    owner = employee;
    slip = await db.prisma.payslip.findFirstOrThrow({ where: { employeeId: employee.id }, select: { id: true, net: true, verificationCode: true } });
  });

  it("renders the slip at send time, locked with the owner's date of birth", async () => {
    const document = await resolvePayslipDocument(db, config, slip.id, clock);

    expect(document.fileName).toBe('slip-gaji-2026-10.pdf');
    // Nothing in the name gives the password away: the only digits are the month's.
    expect(document.fileName.replace('2026-10', '')).not.toMatch(/\d/);
    expect(document.mimeType).toBe('application/pdf');
    expect(document.caption).toContain('Slip gaji Oktober 2026');
    await expect(openPdf(document.content)).rejects.toMatchObject({ name: 'PasswordException' });
    await expect(openPdf(document.content, '01011990')).rejects.toMatchObject({ name: 'PasswordException' });
    const [year, month, day] = owner.birthDate.split('-');
    const text = (await pdfTexts(document.content, `${day}${month}${year}`)).items.map((i) => i.text).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain(owner.name);
    expect(text).toContain(owner.nip);
    expect(text).toContain('Oktober 2026');
    expect(text).toContain(formatRupiah(slip.net));
    expect(text).toContain('BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KOTA SERANG');
    expect(text).toContain(`https://sapa.serangkota.go.id/verify/${slip.verificationCode}`);
    expect(text).toContain('27 Nov 2026 10:02 WIB');
  });

  it('follows the agency password rule', async () => {
    const content = await payslipDocumentResolver(db, { ...config, PAYSLIP_PASSWORD_RULE: 'NIP_LAST6' }, clock)({ type: 'payslip', payslipId: slip.id });
    const opened = await pdfTexts(content, owner.nip.slice(-6));
    expect(opened.pages).toBe(1);
  });

  it('refuses a slip that no longer exists', async () => {
    await expect(resolvePayslipDocument(db, config, 999_999, clock)).rejects.toMatchObject({ code: 'payslip.slip.not_found' });
  });
});
