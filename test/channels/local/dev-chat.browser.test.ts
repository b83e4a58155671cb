import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/start-test-server';

/** Waits until the chat log shows a SAPA bubble containing `text`. */
async function expectReply(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.msg.sapa', { hasText: text }).last().waitFor({ timeout: 15_000 });
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

  it('lets a demo employee pick a persona and talk to the flows', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/dev/chat`);
    const options = page.locator('#persona option');
    await expect.poll(() => options.count()).toBeGreaterThan(3);
    const employeeValue = await page.locator('#persona option', { hasText: 'Pegawai:' }).first().getAttribute('value');
    await page.selectOption('#persona', employeeValue!);
    await expectReply(page, 'Anda sekarang');

    await page.fill('#text', 'halo');
    await page.press('#text', 'Enter');
    await expectReply(page, 'SAPA');

    await page.fill('#text', 'bahasa');
    await page.press('#text', 'Enter');
    await page.locator('.choices button', { hasText: 'English' }).last().click();
    await expectReply(page, 'English from now on');
  });
});
