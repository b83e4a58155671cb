import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappModule } from '../../../src/channels/whatsapp/whatsapp-module';
import type { ChannelState } from '../../../src/module';
import { modules } from '../../../src/modules';
import { createConsoleLink } from '../../../src/services/console/console-link';
import { hasChromium, launchBrowser } from '../../support/browser';
import { demoPeople } from '../../support/factories';
import { startTestServer } from '../../support/start-test-server';
import { longCsv, makeSlip } from '../../services/payslips/payroll-fixtures';

/** Where the pages' screenshots go (git-ignored). */
const OUT = join(process.cwd(), 'test-results', 'console-backoffice');

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

/** Opens a section from the console's menu, as an officer would. */
async function openSection(page: Page, name: string, path: string): Promise<void> {
  await Promise.all([page.waitForURL(`**/hr/${path}`), page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name, exact: true }).click()]);
}

/**
 * The back office walked end to end by one HR officer in headless Chromium:
 * each section's main action through its page, each page photographed, and
 * at the end the audit trail shows every one of them under the officer's name.
 */
describe.skipIf(!hasChromium)('HR console back office in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let people: Awaited<ReturnType<typeof demoPeople>>;
  let deadId: number;
  /** The WhatsApp connection the operations page shows (a fake in place of the channel). */
  let whatsapp: ChannelState = { channel: 'whatsapp', state: 'off' };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startTestServer({}, undefined, { modules: [...modules.filter((m) => m !== whatsappModule), () => ({ channel: () => whatsapp })] });
    people = await demoPeople(server.db);
    deadId = (await server.db.prisma.outboxMessage.create({
      data: { channel: 'TELEGRAM', chatId: '770001', payload: { kind: 'text', text: 'Pengajuan cuti Anda disetujui.' }, status: 'DEAD', attempts: 8, lastError: '403: Forbidden: bot was blocked by the user', lane: 'INTERACTIVE' },
      select: { id: true },
    })).id;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'id-ID', acceptDownloads: true });
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('signs the HR officer in with a one-time link', async () => {
    const { token } = await server.db.prisma.$transaction((tx) => createConsoleLink(tx, { employeeId: people.hr.id, now: server.ctx.clock.now(), via: 'TELEGRAM' }));
    await page.goto(`${server.url}/hr/login/${token}`);
    await Promise.all([page.waitForURL(`${server.url}/hr`), page.getByRole('button', { name: 'Masuk' }).click()]);
    expect(await page.locator('header').textContent()).toContain('Petugas SDM');
  });

  it('imports an employee CSV: one bad line refuses the whole file with its reason, the corrected file is previewed and imported', async () => {
    const header = 'nip;nama;jenis;pangkat;jabatan;unitCode;serviceStart;birthDate;gender';
    const line = (n: number, unit = 'SEKRET') => `19950505202201${1000 + n};Pegawai Baru ${n};PNS;III/a;Analis SDM;${unit};2022-01-01;1995-05-05;P`;
    const file = (...rows: string[]) => ({ name: 'pegawai-baru.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n')) });
    const imported = () => server.db.prisma.employee.count({ where: { name: { startsWith: 'Pegawai Baru ' } } });
    await openSection(page, 'Impor data', 'imports');
    await page.selectOption('#kind', 'employees');
    await page.setInputFiles('#file', file(line(1), line(2, 'NOPE')));
    await Promise.all([page.waitForURL('**/hr/imports/preview'), page.getByRole('button', { name: 'Lihat pratinjau' }).click()]);
    expect(await page.getByRole('alert').filter({ hasText: 'Berkas ditolak' }).textContent()).toContain('Berkas ditolak seluruhnya: 1 masalah. Tidak ada yang diubah.');
    expect(await page.getByRole('row', { name: /Kode unit NOPE tidak dikenal/ }).locator('td').first().textContent()).toBe('3');
    await shoot(page, '00-imports-refused');
    expect(await imported()).toBe(0);

    await page.selectOption('#kind', 'employees');
    await page.setInputFiles('#file', file(line(1), line(2)));
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/hr/imports/preview') && r.status() === 200), page.getByRole('button', { name: 'Lihat pratinjau' }).click()]);
    await page.getByRole('heading', { name: 'Pratinjau: Pegawai, berkas pegawai-baru.csv' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('2 ditambah');
    await shoot(page, '00-imports-preview');
    expect(await imported()).toBe(0);
    await Promise.all([page.waitForURL('**/hr/imports?done=employees*'), page.getByRole('button', { name: 'Impor sekarang' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Impor Pegawai selesai: 2 ditambah');
    await shoot(page, '00-imports-done');
    expect(await imported()).toBe(2);
  });

  it('names a substitute for a supervisor on the delegations page', async () => {
    await openSection(page, 'Pengganti', 'delegations');
    await page.fill('#fromNip', people.supervisor.nip);
    await page.fill('#toNip', people.chief.nip);
    await page.fill('#start', '2026-12-01');
    await page.fill('#end', '2026-12-05');
    await page.fill('#reason', 'dinas luar');
    await Promise.all([page.waitForURL('**/hr/delegations?done=created'), page.getByRole('button', { name: 'Tetapkan pengganti' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Pengganti ditetapkan');
    const row = page.getByRole('row', { name: new RegExp(people.supervisor.nip) });
    expect(await row.textContent()).toContain(people.chief.name);
    expect(await row.textContent()).toContain('1-5 Des 2026');
    await shoot(page, '01-delegation-created');
    expect(await server.db.prisma.delegation.findFirstOrThrow({ where: { fromId: people.supervisor.id }, select: { toId: true, startDate: true, endDate: true } }))
      .toEqual({ toId: people.chief.id, startDate: '2026-12-01', endDate: '2026-12-05' });
  });

  it('changes a leave policy value and a list after seeing their dry run', async () => {
    await openSection(page, 'Aturan cuti', 'policy');
    const notice = page.locator('[name="types.CT.noticeDays"]');
    expect(await notice.inputValue()).toBe('7');
    await notice.fill('14');
    const reminders = page.getByLabel('Pengingat ke pemutus setelah (hari kerja menunggu)');
    expect(await reminders.inputValue()).toBe('1\n3');
    await reminders.fill('1\n2\n4');
    await Promise.all([page.waitForURL('**/hr/policy/preview'), page.getByRole('button', { name: 'Lihat dampak perubahan' }).click()]);
    await page.getByRole('heading', { name: 'Dampak perubahan (belum disimpan)' }).waitFor();
    expect(await page.locator('main').textContent()).toMatch(/Mengenai \d+ unit dan \d+ pegawai aktif/);
    expect(await page.getByRole('row', { name: /Cuti Tahunan: Pemberitahuan/ }).first().textContent()).toMatch(/7\s*14/);
    expect(await page.getByRole('row', { name: /Pengingat ke pemutus/ }).first().textContent()).toMatch(/1, 3\s*1, 2, 4/);
    await shoot(page, '02-policy-dry-run');
    expect(await server.db.prisma.policyValue.count({ where: { key: 'leave' } })).toBe(0);

    await Promise.all([page.waitForURL('**/hr/policy?saved=1'), page.getByRole('button', { name: 'Simpan perubahan' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('Aturan cuti disimpan');
    expect(await page.locator('[name="types.CT.noticeDays"]').inputValue()).toBe('14');
    expect(await page.getByLabel('Pengingat ke pemutus setelah (hari kerja menunggu)').inputValue()).toBe('1\n2\n4');
    await shoot(page, '03-policy-saved');
    expect((await server.db.prisma.policyValue.findUniqueOrThrow({ where: { key: 'leave' } })).value).toEqual({ types: { CT: { noticeDays: 14 } }, reminders: { remindAfterWorkingDays: [1, 2, 4] } });
  });

  it('uploads a payroll month, sees its check with the totals, imports and publishes it', async () => {
    const slips = people.all.filter((e) => e.role === 'EMPLOYEE').slice(0, 3).map((e, i) => makeSlip(e.nip, i));
    await openSection(page, 'Gaji', 'payroll');
    await page.fill('#month', '2026-11');
    await page.selectOption('#kind', 'GAJI');
    await page.setInputFiles('#file', { name: 'gaji-2026-11.csv', mimeType: 'text/csv', buffer: Buffer.from(longCsv(slips)) });
    await Promise.all([page.waitForURL('**/hr/payroll/check'), page.getByRole('button', { name: 'Periksa berkas' }).click()]);
    expect(await page.getByRole('status').first().textContent()).toContain('Berkas lolos pemeriksaan: 3 slip');
    await shoot(page, '04-payroll-checked');
    expect(await server.db.prisma.payrollPeriod.count({ where: { period: '2026-11', kind: 'GAJI' } })).toBe(0);

    await Promise.all([page.waitForURL('**/hr/payroll/2026-11/GAJI?done=imported'), page.getByRole('button', { name: /^Impor Gaji November 2026/ }).click()]);
    await shoot(page, '05-payroll-imported');
    await Promise.all([page.waitForURL('**/hr/payroll/2026-11/GAJI?done=published*'), page.getByRole('button', { name: 'Terbitkan', exact: true }).click()]);
    expect(await page.getByRole('status').first().textContent()).toContain('Gaji November 2026 diterbitkan');
    await shoot(page, '06-payroll-published');
    expect(await server.db.prisma.payrollPeriod.findUniqueOrThrow({ where: { period_kind: { period: '2026-11', kind: 'GAJI' } }, select: { status: true } })).toEqual({ status: 'PUBLISHED' });
  });

  it('finds an employee, shows the link-code card and prints it as a PDF', async () => {
    await openSection(page, 'Pegawai', 'people');
    await page.fill('#q', people.employee.nip);
    await page.press('#q', 'Enter');
    const found = page.getByRole('link', { name: people.employee.name });
    await found.waitFor();
    await Promise.all([page.waitForURL(`**/hr/people/${people.employee.nip}`), found.click()]);
    await shoot(page, '07-person');

    await Promise.all([page.waitForURL(`**/hr/people/${people.employee.nip}/link-code`), page.getByRole('button', { name: 'Buat kode tautan', exact: true }).click()]);
    expect(await page.locator('main').textContent()).toContain(people.employee.name);
    await shoot(page, '08-link-card');

    await page.goBack();
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/hr/people/${people.employee.nip}/link-code`) && r.request().method() === 'POST'),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Buat kartu tautan (PDF)' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(download.suggestedFilename()).toBe(`kartu-tautan-${people.employee.nip}.pdf`);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shoot(page, '09-person-after-pdf');
    expect(await server.db.prisma.auditLog.count({ where: { action: 'link_code.created', actorId: people.hr.id, channel: 'CONSOLE' } })).toBe(2);
  });

  it('sends a dead letter again from the operations page', async () => {
    await openSection(page, 'Operasional', 'operations');
    await page.getByRole('checkbox', { name: `Pilih pesan ${deadId}` }).check();
    await shoot(page, '10-operations-dead-letter');
    await Promise.all([page.waitForURL('**/hr/operations?retried=1'), page.getByRole('button', { name: 'Kirim ulang yang dipilih' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain('1 pesan dikembalikan ke antrean');
    await shoot(page, '11-operations-retried');
    expect(await server.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: deadId }, select: { status: true, attempts: true } })).toEqual({ status: 'PENDING', attempts: 0 });
  });

  it('shows the WhatsApp pairing QR on the operations page and keeps it current by itself until the number is paired', async () => {
    const qr = page.locator('#channels img');
    whatsapp = { channel: 'whatsapp', state: 'pairing', pairing: { qr: '2@first-pairing-qr,abc,def', qrAt: new Date('2026-11-27T02:59:40Z') } };
    await page.goto(`${server.url}/hr/operations`);
    const first = await qr.getAttribute('src');
    expect(first).toMatch(/^data:image\/png;base64,/);
    expect(await page.locator('#channels').getAttribute('hx-trigger')).toBe('every 5s');
    await shoot(page, '12-operations-pairing');

    whatsapp = { channel: 'whatsapp', state: 'pairing', pairing: { qr: '2@next-pairing-qr,ghi,jkl', qrAt: new Date('2026-11-27T03:00:00Z') } };
    await expect.poll(() => qr.getAttribute('src'), { timeout: 15_000 }).not.toBe(first);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(page.url()).toBe(`${server.url}/hr/operations`);
    await shoot(page, '13-operations-pairing-next');

    whatsapp = { channel: 'whatsapp', state: 'open' };
    await page.locator('#channels span', { hasText: 'terhubung' }).waitFor({ timeout: 15_000 });
    expect(await qr.count()).toBe(0);
    expect(await page.locator('#channels').getAttribute('hx-trigger'), 'connected: the page stops asking').toBeNull();
    await shoot(page, '14-operations-paired');
  });

  it('shows the audit rows of all of it, done by the officer through the console', async () => {
    await openSection(page, 'Jejak audit', 'audit');
    await page.fill('#nip', people.hr.nip);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/hr/audit?') && r.url().includes(`nip=${people.hr.nip}`) && r.status() === 200),
      page.getByRole('button', { name: 'Terapkan' }).click(),
    ]);
    for (const action of ['import.employees', 'delegation.created', 'settings.leave_policy_saved', 'payroll.imported', 'payroll.published', 'link_code.created', 'outbox.retried']) {
      const row = page.locator('#results tbody tr', { has: page.locator('td:nth-child(3)', { hasText: new RegExp(`^${action.replace('.', '\\.')}$`) }) }).first();
      await row.waitFor();
      const who = await row.locator('td:nth-child(2)').textContent();
      expect(who, action).toContain(people.hr.name);
      expect(who, action).toContain('CONSOLE');
    }
    await shoot(page, '15-audit');
  });

  it('takes the officer to the sign-in page when their session ends while the channels panel is polling', async () => {
    whatsapp = { channel: 'whatsapp', state: 'pairing', pairing: { qr: '2@late-pairing-qr,mno,pqr', qrAt: new Date('2026-11-27T03:00:00Z') } };
    await page.goto(`${server.url}/hr/operations`);
    expect(await page.locator('#channels img').count()).toBe(1);
    // Signed out elsewhere (or expired): the next poll is refused, and the page reloads to say so.
    await server.db.prisma.consoleSession.deleteMany({ where: { employeeId: people.hr.id } });
    await page.getByText('Sesi Anda sudah berakhir atau Anda belum masuk.').waitFor({ timeout: 15_000 });
    expect(await page.locator('#channels').count()).toBe(0);
    expect(await page.locator('img[src^="data:image/png"]').count()).toBe(0);
    await shoot(page, '16-signed-out');
  });
});
