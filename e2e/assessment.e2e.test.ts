/**
 * The yearly risk assessment in a real browser, in Chinese (issue #5 §1 and §5): the officer
 * creates the 2026 assessment, sees what Shu'an pre-filled, records a finding on the 5 × 5
 * matrix, downloads the PDF report; the PDF's first page is rendered to an image (pdftoppm)
 * and its text (pdftotext) holds the title and the finding. Screenshots go to
 * test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loginOverHttp } from '../apps/server/src/testing/http-session.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, open, rowWith } from './support/ui.ts';

const OFFICER = { username: 'officer-ra', password: 'e2e-officer-pass-2026' };
const FINDING = '核心工艺配方表未加密存储';

/** The input of an antd InputNumber (the test id lands on the input or on its wrapper). */
function numberInput(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

describe('risk assessment in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startServer();
    const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.ok('POST', '/users', {
      username: OFFICER.username,
      displayName: '安全负责人',
      role: 'officer',
      password: OFFICER.password,
    });
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('creates an assessment, records a finding and downloads the Chinese PDF report', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, OFFICER.username, OFFICER.password);
    await open(page, server.baseUrl, '/assessments', 'page-assessments');
    assert.ok(await page.getByTestId('nav').getByText('风险评估').isVisible());
    await numberInput(page, 'assessment-year').fill('2026');
    await page.getByTestId('assessment-create').click();
    await page.getByTestId('page-assessment').waitFor();
    assert.match(
      await page.getByTestId('assessment-title').innerText(),
      /2026 年度数据安全风险评估/,
    );
    // The pre-filled facts: the demo source of a first start was never scanned.
    await page.getByTestId('assessment-facts').getByText('从未扫描的数据源').waitFor();

    await page.getByTestId('finding-title').fill(FINDING);
    await numberInput(page, 'finding-likelihood').fill('4');
    await numberInput(page, 'finding-impact').fill('5');
    await page.getByTestId('finding-add').click();
    const row = rowWith(page.getByTestId('page-assessment'), FINDING);
    await row.waitFor();
    assert.match(await row.innerText(), /20/);
    assert.match(await row.innerText(), /极高/);
    await screenshot(page, 'assessment-01-detail');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('assessment-pdf').click(),
    ]);
    const pdf = join(server.dataDir, 'assessment-report.pdf');
    await download.saveAs(pdf);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      pdf,
      join(server.dataDir, 'report'),
    ]);
    const png = await readFile(join(server.dataDir, 'report-1.png'));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.ok(png.length > 5_000, 'page 1 rendered with content');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    assert.match(text, /2026 年度数据安全风险评估/);
    assert.match(text, new RegExp(FINDING));
    assert.match(text, /安全风险分析/);
  });
});
