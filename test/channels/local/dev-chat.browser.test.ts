import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/start-test-server';

/** Waits until the chat log shows a SAPA bubble containing `text`. */
async function expectReply(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.msg.sapa', { hasText: text }).last().waitFor({ timeout: 20_000 });
}

async function type(page: Page, text: string): Promise<void> {
  await page.fill('#text', text);
  await page.press('#text', 'Enter');
}

async function become(page: Page, nip: string): Promise<void> {
  await page.selectOption('#persona', nip);
  await expectReply(page, 'Anda sekarang');
}

describe.skipIf(!hasChromium)('web chat in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('walks a leave request from the employee to the supervisor approval', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/dev/chat`);
    await expect.poll(() => page.locator('#persona option').count()).toBeGreaterThan(3);
    const employeeNip = (await page.locator('#persona option', { hasText: 'Pegawai:' }).first().getAttribute('value'))!;
    const employee = await server.db.prisma.employee.findUniqueOrThrow({
      where: { nip: employeeNip },
      select: { name: true, supervisor: { select: { nip: true, name: true } } },
    });
    const supervisor = employee.supervisor!;

    // The supervisor opens the chat once, so SAPA knows where to send cards.
    await become(page, supervisor.nip);

    await become(page, employeeNip);
    await type(page, 'cuti');
    await page.locator('.choices button', { hasText: 'Cuti Tahunan' }).last().click();
    await expectReply(page, 'Tanggal berapa');
    await type(page, '14-16 des');
    await expectReply(page, 'luar negeri');
    await page.locator('.choices button', { hasText: 'Tidak' }).last().click();
    await expectReply(page, 'alasan cuti');
    await type(page, 'acara keluarga di Bandung');
    await expectReply(page, 'alamat');
    await type(page, 'Jl. Veteran No. 5, Serang');
    await expectReply(page, 'Telepon selama cuti');
    await page.locator('.choices button', { hasText: 'Ya, kirim' }).last().click();
    await expectReply(page, `sudah dikirim ke ${supervisor.name}`);

    await become(page, supervisor.nip);
    await expectReply(page, employee.name);
    await page.locator('.choices button', { hasText: 'Setujui' }).last().click();
    await expectReply(page, /Disetujui/);

    const request = await server.db.prisma.leaveRequest.findFirstOrThrow({ select: { status: true, startDate: true } });
    expect(request).toEqual({ status: 'APPROVED', startDate: '2026-12-14' });

    await become(page, employeeNip);
    await expectReply(page, /disetujui/i);
  });

  it('shows a payslip as a link that opens its PDF, and takes a doctor\'s letter as a file', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/dev/chat`);
    await expect.poll(() => page.locator('#persona option').count()).toBeGreaterThan(3);
    const nip = (await page.locator('#persona option', { hasText: 'Pegawai:' }).nth(1).getAttribute('value'))!;
    await become(page, nip);

    await type(page, 'slip');
    await page.locator('.msg.sapa .choices button').last().waitFor({ timeout: 20_000 });
    await page.locator('.msg.sapa .choices button').first().click();
    const link = page.locator('.msg.sapa a.document').last();
    await link.waitFor({ timeout: 20_000 });
    expect(await link.textContent()).toMatch(/^📄 .+\.pdf$/);
    // The bytes the click fetched, as the server sent them (Chromium's viewer would show its own page in their place).
    let seen: (pdf: { status: number; type: string; body: Buffer }) => void = () => {};
    const opened = new Promise<{ status: number; type: string; body: Buffer }>((resolve) => (seen = resolve));
    await page.context().route('**/dev/chat/documents/**', async (route) => {
      const fetched = await route.fetch();
      seen({ status: fetched.status(), type: fetched.headers()['content-type'] ?? '', body: await fetched.body() });
      await route.fulfill({ response: fetched });
    });
    await link.click();
    const pdf = await opened;
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/dev/chat/documents/\\d+\\?nip=${nip}$`));

    await type(page, 'cuti');
    await page.locator('.choices button', { hasText: 'Cuti Sakit' }).last().click();
    await expectReply(page, 'Tanggal berapa');
    await type(page, 'hari ini s.d. 29 nov');
    await expectReply(page, 'Cuti sakit karena apa');
    await type(page, '1');
    await type(page, 'demam berdarah');
    await expectReply(page, 'alamat');
    await type(page, 'rumah, Jl. Ahmad Yani 1');
    await expectReply(page, 'Kirim foto atau file PDF suratnya di sini');
    await page.setInputFiles('#file', { name: 'surat-dokter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await expectReply(page, 'surat-dokter.pdf diterima');
    const employee = await server.db.prisma.employee.findUniqueOrThrow({ where: { nip }, select: { id: true } });
    const kept = await server.db.prisma.leaveDocument.findFirstOrThrow({ where: { employeeId: employee.id }, select: { fileName: true, mimeType: true, channel: true } });
    expect(kept).toEqual({ fileName: 'surat-dokter.pdf', mimeType: 'application/pdf', channel: 'LOCAL' });
  });

  it('switches a persona to English from the buttons', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/dev/chat`);
    await expect.poll(() => page.locator('#persona option').count()).toBeGreaterThan(3);
    const nip = (await page.locator('#persona option', { hasText: 'BKPSDM:' }).first().getAttribute('value'))!;
    await become(page, nip);
    await type(page, 'bahasa');
    await page.locator('.choices button', { hasText: 'English' }).last().click();
    await expectReply(page, 'English from now on');
  });
});
