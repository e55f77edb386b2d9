/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), and screenshots
 * kept as test output under `test-output/screenshots/` (git-ignored).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './server.ts';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-output/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Save a full-page screenshot named after the page shown, once tables have loaded. The short
 * pause lets antd transitions and ECharts' entry animation finish so the picture is complete;
 * it is never part of an assertion.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.locator('.ant-spin-spinning:visible').first().waitFor({ state: 'hidden' });
  await page.waitForTimeout(800);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * A page in a fresh context at a desktop size; browser console errors (other than failed
 * resource loads, which the tests provoke on purpose) are appended to `consoleErrors`.
 */
export async function newPage(browser: Browser, consoleErrors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      consoleErrors.push(message.text());
  });
  return page;
}
