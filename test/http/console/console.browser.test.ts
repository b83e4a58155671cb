import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideLeave } from '../../../src/services/leave/decide-leave';
import { submitLeave } from '../../../src/services/leave/submit-leave';
import { requestProfileChange } from '../../../src/services/profile/request-profile-change';
import { hasChromium, launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/start-test-server';

/** Where the pages' screenshots go (git-ignored). */
const OUT = join(process.cwd(), 'test-results', 'console');

/** In-page checks, as source text: the browser runs them, nothing of Node is closed over. */
const UNLABELLED_CONTROLS = `[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
  .filter((el) => el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
  .map((el) => el.outerHTML)`;
const NAMELESS_BUTTONS_AND_LINKS = `[...document.querySelectorAll('button, a[href]')]
  .filter((el) => !(el.textContent.trim() || el.getAttribute('aria-label')))
  .map((el) => el.outerHTML)`;
const FOCUSED_OUTLINE = `(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
})()`;
const SHOWN_IMAGE = `(() => {
  const img = document.images[0];
  return img && img.complete ? { count: document.images.length, width: img.naturalWidth, height: img.naturalHeight } : null;
})()`;

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

async function personaOf(page: Page, kind: 'Pegawai' | 'BKPSDM'): Promise<string> {
  await expect.poll(() => page.locator('#persona option').count()).toBeGreaterThan(3);
  return (await page.locator('#persona option', { hasText: `${kind}:` }).first().getAttribute('value'))!;
}

/** The basics every console page must meet: a language, a label on every control, a name on every button and link, a visible focus. */
async function expectAccessible(page: Page): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toMatch(/^(id|en)$/);
  expect(await page.evaluate(UNLABELLED_CONTROLS)).toEqual([]);
  expect(await page.evaluate(NAMELESS_BUTTONS_AND_LINKS)).toEqual([]);
  await page.locator('body').focus();
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(FOCUSED_OUTLINE)) as { tag: string; style: string; width: number };
    expect(focused.tag).not.toBe('BODY');
    expect(focused.style, `focus outline on ${focused.tag}`).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

describe.skipIf(!hasChromium)('HR console in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let sickRef: string;
  let changeId: number;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'id-ID' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
  });

  it('has an employee send a sick leave with a photo of the doctor\'s letter through the web chat (granted), another ask for annual leave, a third to change a detail', async () => {
    // The doctor's letter: a real PNG, drawn by the browser.
    const drawing = await context.newPage();
    await drawing.setViewportSize({ width: 320, height: 160 });
    await drawing.setContent('<body style="margin:0;background:#fff;font:20px sans-serif"><p style="padding:1rem">SURAT KETERANGAN DOKTER<br>Istirahat 3 hari</p></body>');
    const letter = await drawing.screenshot({ type: 'png' });
    await drawing.close();

    await page.goto(`${server.url}/dev/chat`);
    const nip = await personaOf(page, 'Pegawai');
    await become(page, nip);
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
    await page.setInputFiles('#file', { name: 'surat-dokter.png', mimeType: 'image/png', buffer: letter });
    await expectReply(page, 'surat-dokter.png diterima');
    await page.locator('.choices button', { hasText: 'Ya, kirim' }).last().click();
    await expectReply(page, 'sudah dikirim');

    const employee = await server.db.prisma.employee.findUniqueOrThrow({ where: { nip }, select: { id: true, name: true } });
    const request = await server.db.prisma.leaveRequest.findFirstOrThrow({
      where: { employeeId: employee.id, typeCode: 'CS', documents: { some: { mimeType: 'image/png' } } },
      select: { ref: true },
    });
    sickRef = request.ref;
    // Granted step by step by whoever each step waits on, as their chat buttons would.
    for (;;) {
      const step = await server.db.prisma.approvalStep.findFirst({ where: { request: { ref: sickRef }, status: 'PENDING' }, select: { token: true, approverId: true } });
      if (!step) break;
      await server.db.prisma.$transaction((tx) =>
        decideLeave(tx, { clock: server.ctx.clock }, { stepToken: step.token, actorEmployeeId: step.approverId, decision: 'APPROVE', channel: 'TELEGRAM' }));
    }
    expect((await server.db.prisma.leaveRequest.findUniqueOrThrow({ where: { ref: sickRef }, select: { status: true } })).status).toBe('APPROVED');

    const other = await server.db.prisma.employee.findFirstOrThrow({ where: { active: true, role: 'EMPLOYEE', demo: true, supervisorId: { not: null }, id: { not: employee.id } }, select: { id: true, name: true } });
    await server.db.prisma.$transaction((tx) =>
      submitLeave(tx, { clock: server.ctx.clock }, {
        employeeId: other.id, actor: { type: 'EMPLOYEE', employeeId: other.id, name: other.name, channel: 'TELEGRAM' },
        typeCode: 'CT', start: '2026-12-14', end: '2026-12-16', reason: 'acara keluarga', address: 'Jl. Veteran 5, Serang',
      }));
    const change = await server.db.prisma.$transaction((tx) =>
      requestProfileChange(tx, { actor: { type: 'EMPLOYEE', employeeId: other.id, name: other.name, channel: 'TELEGRAM' } as never, field: 'email', value: 'baru.sekali@serangkota.go.id', channel: 'TELEGRAM' }));
    changeId = change.id;
  }, 90_000);

  it('signs in with the link an HR officer gets by typing "konsol" in chat, and shows the dashboard', async () => {
    const hrNip = await personaOf(page, 'BKPSDM');
    await become(page, hrNip);
    await type(page, 'konsol');
    await expectReply(page, 'Tautan masuk Konsol SDM');
    const reply = await page.locator('.msg.sapa', { hasText: 'Tautan masuk Konsol SDM' }).last().textContent();
    const path = /\/hr\/login\/[A-Za-z0-9_-]+/.exec(reply ?? '')?.[0];
    expect(path).toBeDefined();

    await page.goto(`${server.url}${path}`);
    await shoot(page, '01-sign-in');
    await expectAccessible(page);
    await Promise.all([page.waitForURL(`${server.url}/hr`), page.getByRole('button', { name: 'Masuk' }).click()]);

    await expect.poll(() => page.locator('h1').textContent()).toContain('Hari ini');
    await page.getByRole('heading', { name: 'Permohonan menunggu keputusan' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Petugas SDM');
    await shoot(page, '02-dashboard');
    await expectAccessible(page);

    // The link was spent: opening it again and signing in is refused.
    const again = await context.newPage();
    await again.goto(`${server.url}${path}`);
    await Promise.all([again.waitForLoadState(), again.getByRole('button', { name: 'Masuk' }).click()]);
    await again.getByRole('alert').waitFor();
    expect(await again.getByRole('alert').textContent()).toContain('tidak berlaku');
    await again.close();
  });

  it('filters the requests in place (type, then a search by name) and keeps the filters in the address', async () => {
    await Promise.all([page.waitForURL('**/hr/requests'), page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Permohonan cuti' }).click()]);
    await page.locator('#results').waitFor();
    const listed = (await page.locator('#results tbody tr').count());
    expect(listed).toBeGreaterThan(0);

    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/hr/requests?') && r.url().includes('type=CS') && r.status() === 200),
      page.selectOption('#type', 'CS'),
    ]);
    await expect.poll(() => page.url()).toContain('type=CS');
    await page.locator('#results a', { hasText: sickRef }).waitFor();
    expect(listed).toBeGreaterThan(await page.locator('#results tbody tr').count());
    const types = await page.locator('#results tbody tr td:nth-child(3)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Cuti Sakit']));

    const request = await server.db.prisma.leaveRequest.findUniqueOrThrow({ where: { ref: sickRef }, select: { employee: { select: { name: true } } } });
    await page.fill('#q', request.employee.name);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/hr/requests?') && r.url().includes('q=') && r.status() === 200),
      page.press('#q', 'Enter'),
    ]);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(request.employee.name);
    expect(new URL(page.url()).searchParams.get('type')).toBe('CS');
    await expect.poll(() => page.locator('#results tbody tr').count()).toBe(1);
    expect(await page.locator('#results tbody tr').textContent()).toContain(sickRef);
    await shoot(page, '03-requests-filtered');
    await expectAccessible(page);
  });

  it('opens the request, views its doctor\'s letter inline and its leave form as a PDF', async () => {
    await Promise.all([page.waitForURL(`**/hr/requests/${sickRef}`), page.locator('#results a', { hasText: sickRef }).click()]);
    await page.getByRole('heading', { name: 'Dokumen' }).waitFor();
    await shoot(page, '04-request');
    await expectAccessible(page);

    const view = page.getByRole('link', { name: 'Lihat surat-dokter.png' });
    const [shown] = await Promise.all([context.waitForEvent('page'), view.click()]);
    await shown.waitForLoadState();
    await expect.poll(() => shown.evaluate(SHOWN_IMAGE)).toEqual({ count: 1, width: 320, height: 160 });
    await shown.screenshot({ path: join(OUT, '05-document.png') });
    await shown.close();

    // The form and the letter as the links fetch them with the session (Chromium's PDF viewer would show its own page in their place).
    for (const name of ['Lihat formulir permintaan cuti (PDF)', 'Lihat surat izin cuti (PDF)']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const pdf = await context.request.get(`${server.url}${href}`);
      expect(pdf.status(), name).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(pdf.headers()['content-disposition']).toMatch(/^inline; /);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('approves a profile change, which applies it', async () => {
    await Promise.all([page.waitForURL('**/hr/profile-changes'), page.getByRole('link', { name: 'Perubahan data' }).click()]);
    const card = page.locator('article', { has: page.getByRole('heading', { name: new RegExp(`^#${changeId} `) }) });
    await card.waitFor();
    expect(await card.textContent()).toContain('baru.sekali@serangkota.go.id');
    await shoot(page, '06-profile-changes');
    await expectAccessible(page);
    await Promise.all([page.waitForURL(`**/hr/profile-changes?done=${changeId}-approved`), card.getByRole('button', { name: 'Setujui' }).click()]);
    expect(await page.getByRole('status').textContent()).toContain(`Perubahan #${changeId} disetujui`);
    const change = await server.db.prisma.profileChangeRequest.findUniqueOrThrow({ where: { id: changeId }, select: { status: true, employee: { select: { email: true } } } });
    expect(change).toEqual({ status: 'APPROVED', employee: { email: 'baru.sekali@serangkota.go.id' } });
    await shoot(page, '07-profile-change-approved');
  });

  it('shows the team calendar for the month', async () => {
    await Promise.all([page.waitForURL('**/hr/calendar'), page.getByRole('link', { name: 'Kalender tim' }).click()]);
    expect(await page.locator('h1').textContent()).toContain('November 2026');
    await page.getByRole('heading', { name: 'Hari libur dan cuti bersama' }).waitFor();
    const request = await server.db.prisma.leaveRequest.findUniqueOrThrow({ where: { ref: sickRef }, select: { employee: { select: { name: true } } } });
    const row = page.getByRole('row', { name: new RegExp(`^${request.employee.name}`) });
    expect(await row.locator('td', { hasText: 'CS' }).count()).toBe(3);
    await shoot(page, '08-calendar');
    await expectAccessible(page);
  });
});
