/**
 * The enterprise web app in a real browser against the real server (issue #3 §8): log in,
 * create an officer, add a SQLite source, scan it and watch the progress to the end,
 * confirm one item and regrade another with a reason, freeze versions and compare them,
 * export the Excel filing form and read it back, check the audit chain, switch to English.
 * Every page is kept as a screenshot in test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { writeSampleSqlite } from './support/sample-sqlite.ts';
import {
  closeDrawer,
  logIn,
  logOut,
  open,
  pickOption,
  rowWith,
  submitModal,
} from './support/ui.ts';

const OFFICER = { username: 'officer1', displayName: '安全负责人', password: 'officer-pass-2026' };
const SOURCE_NAME = 'E2E 熔炼车间库';
const REGRADE_REASON = '含核心熔炼工艺配方，泄露将影响产业链安全';
const DEPARTMENT = '营销中心';

/** A worksheet's cells as text, row by row (exceljs rows are 1-based: index 0 is empty). */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values : [];
    rows.push(
      values.map((value) =>
        value === null || value === undefined ? '' : String(value as string | number),
      ),
    );
  });
  return rows;
}

/** Freeze the catalog from the versions page and wait for the new row. */
async function freezeVersion(page: Page, note: string): Promise<void> {
  await page.getByTestId('nav').getByText('目录版本').click();
  await page.getByTestId('page-versions').waitFor();
  await page.getByTestId('freeze-open').click();
  await page.getByTestId('freeze-form').locator('textarea').fill(note);
  await submitModal(page);
  await rowWith(page.getByTestId('page-versions'), note).waitFor();
}

describe('enterprise web app', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let sqlitePath: string;
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];

  before(async () => {
    server = await startServer();
    sqlitePath = join(server.dataDir, 'e2e-plant.sqlite');
    writeSampleSqlite(sqlitePath);
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        consoleErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400)
        failedRequests.push(
          `${String(response.status())} ${response.request().method()} ${new URL(response.url()).pathname.replace(/[0-9a-f-]{36}/g, ':id')}`,
        );
    });
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows the login page in Chinese and rejects a wrong password with a translated message', async () => {
    await page.goto(server.baseUrl);
    await page.getByTestId('login-form').waitFor();
    assert.ok(await page.getByText('登录企业节点').isVisible());
    await screenshot(page, '01-login');
    const form = page.getByTestId('login-form');
    await form.locator('input#username').fill('admin');
    await form.locator('input#password').fill('not-the-password');
    await form.locator('button[type=submit]').click();
    await page.getByText('用户名或密码错误').waitFor();
  });

  it('lets the admin create an officer, an API token shown once, and verify the audit chain', async () => {
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('page-overview').waitFor();

    await open(page, server.baseUrl, '/users', 'page-users');
    await page.getByTestId('user-create-open').click();
    const userForm = page.getByTestId('user-form');
    await userForm.locator('input#username').fill(OFFICER.username);
    await userForm.locator('input#displayName').fill(OFFICER.displayName);
    await pickOption(page, page.getByTestId('user-role'), '数据安全负责人');
    await userForm.locator('input#password').fill(OFFICER.password);
    await submitModal(page);
    await rowWith(page.getByTestId('page-users'), OFFICER.username).waitFor();

    await page.getByTestId('token-form').locator('input').fill('ci-pipeline');
    await page.getByTestId('token-form').locator('button[type=submit]').click();
    const secret = await page.getByTestId('token-secret').innerText();
    assert.match(secret, /^shuan_pat_/);
    await screenshot(page, '02-users-and-tokens');
    await page.locator('.ant-modal-close').click();
    await rowWith(page.getByTestId('page-users'), 'ci-pipeline').waitFor();

    await open(page, server.baseUrl, '/audit', 'page-audit');
    await page.getByTestId('audit-verify').click();
    const verdict = page.getByTestId('audit-verify-result');
    await verdict.waitFor();
    assert.match(await verdict.innerText(), /审计链完整/);
    await screenshot(page, '03-audit');
    await logOut(page, '退出登录');
  });

  it('lets the officer add a SQLite source, test it and scan it to the end', async () => {
    await logIn(page, OFFICER.username, OFFICER.password);
    await open(page, server.baseUrl, '/sources', 'page-sources');
    await rowWith(page.getByTestId('page-sources'), '演示工业数据库').waitFor();

    await page.getByRole('button', { name: '添加数据源' }).click();
    const form = page.getByTestId('source-form');
    await form.locator('input#name').fill(SOURCE_NAME);
    await pickOption(page, page.getByTestId('source-kind'), 'SQLite');
    await form.locator('input#path').fill(sqlitePath);
    await submitModal(page);
    const row = rowWith(page.getByTestId('page-sources'), SOURCE_NAME);
    await row.waitFor();

    await row.getByRole('button', { name: '测试连接' }).click();
    await page.getByText('连接成功，发现 3 张表').waitFor();
    await screenshot(page, '04-sources');

    await page.getByTestId(`scan-${SOURCE_NAME}`).click();
    const detail = page.getByTestId('page-scan-detail');
    await detail.waitFor();
    await detail.locator('.ant-tag', { hasText: '已完成' }).waitFor({ timeout: 120_000 });
    assert.equal(await page.getByTestId('scan-progress').getAttribute('aria-valuenow'), '100');
    const findings = page.getByTestId('findings-table');
    await rowWith(findings, 'customer_contacts').waitFor();
    await rowWith(findings, 'customer_contacts').locator('.ant-table-row-expand-icon').click();
    await page.getByText('居民身份证号').first().waitFor();
    await screenshot(page, '05-scan-result');

    await open(page, server.baseUrl, '/scans', 'page-scans');
    await rowWith(page.getByTestId('page-scans'), SOURCE_NAME).waitFor();
    await screenshot(page, '06-scans');
  });

  it('confirms one catalog item, fills its filing fields and freezes version 1', async () => {
    await open(page, server.baseUrl, '/catalog', 'page-catalog');
    const search = page.getByTestId('catalog-search').locator('input');
    await search.fill('customer_contacts');
    await search.press('Enter');
    await rowWith(page.getByTestId('catalog-table'), 'customer_contacts').click();
    const drawer = page.getByTestId('item-drawer');
    await drawer.getByRole('tab', { name: '审核' }).click();
    await page.getByTestId('review-confirm').click();
    await drawer.getByRole('tab', { name: '基本信息' }).click();
    await drawer.locator('.ant-tag', { hasText: '已确认' }).waitFor();
    await screenshot(page, '07-catalog-item');
    await drawer.getByRole('tab', { name: '备案信息' }).click();
    const filing = page.getByTestId('filing-form');
    await filing.locator('input#department').fill(DEPARTMENT);
    await filing.locator('button[type=submit]').click();
    await page.getByText('已保存').first().waitFor();
    await closeDrawer(page);

    await freezeVersion(page, '首次备案');
  });

  it('regrades an item with a required reason, bulk-confirms another, and diffs version 2 against 1', async () => {
    await open(page, server.baseUrl, '/catalog', 'page-catalog');
    const table = page.getByTestId('catalog-table');
    const search = page.getByTestId('catalog-search').locator('input');
    await search.fill('furnace_recipes');
    await search.press('Enter');
    await rowWith(table, 'furnace_recipes').click();
    const drawer = page.getByTestId('item-drawer');
    await drawer.getByRole('tab', { name: '审核' }).click();
    await pickOption(page, page.getByTestId('review-level'), '核心数据');
    await page.getByTestId('review-change').click();
    await page.getByText('调整级别或类别必须填写理由').first().waitFor();
    await page.getByTestId('review-reason').fill(REGRADE_REASON);
    await page.getByTestId('review-change').click();
    await drawer.getByRole('tab', { name: '基本信息' }).click();
    await drawer.getByText(REGRADE_REASON).waitFor();
    await closeDrawer(page);

    await search.fill('');
    await search.press('Enter');
    await rowWith(table, 'furnace_recipes').locator('.ant-tag', { hasText: '已调整' }).waitFor();
    await rowWith(table, 'unit_codes').locator('.ant-checkbox-input').check();
    await page.getByTestId('bulk-confirm').click();
    await page.locator('.ant-popover:visible .ant-btn-primary').click();
    await rowWith(table, 'unit_codes').locator('.ant-tag', { hasText: '已确认' }).waitFor();
    await screenshot(page, '08-catalog');

    await freezeVersion(page, '复核后');
    const compare = page.locator('.ant-card', { hasText: '版本对比' });
    const selects = compare.locator('.ant-select');
    await pickOption(page, selects.nth(0), '第 1 版');
    await pickOption(page, selects.nth(1), '第 2 版');
    await page.getByTestId('versions-compare').click();
    const diff = page.getByTestId('version-diff');
    await diff.getByText('新增 0，移除 0，级别/类别变化 1').waitFor();
    const regradedCard = diff.locator('.ant-card', { hasText: '级别/类别变化' });
    await rowWith(regradedCard, 'furnace_recipes')
      .locator('.ant-tag', { hasText: '核心数据' })
      .waitFor();
    await screenshot(page, '09-versions');
  });

  it('exports the Excel filing form, which reads back with the review decisions', async () => {
    await open(page, server.baseUrl, '/catalog', 'page-catalog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const all = workbook.getWorksheet('全部条目');
    assert.ok(all, 'the workbook has the all-items sheet');
    const rows = sheetRows(all);
    assert.ok(
      rows.some((r) => r.includes('数据名称')),
      'the header row of the filing form',
    );
    const regraded = rows.find((r) => r.includes('furnace_recipes'));
    assert.ok(regraded, 'the regraded table is exported');
    assert.ok(regraded.includes('核心数据'));
    assert.ok(regraded.includes(REGRADE_REASON));
    const confirmed = rows.find((r) => r.includes('customer_contacts'));
    assert.ok(confirmed, 'the confirmed table is exported');
    assert.ok(confirmed.includes('已确认'));
    assert.ok(confirmed.includes(DEPARTMENT), 'the filing field edited in the drawer is exported');
    const filed = workbook.getWorksheet('备案表');
    assert.ok(filed, 'the filing sheet lists important and core items');
    const filedNames = sheetRows(filed).map((row) => row[2]);
    assert.ok(filedNames.includes('furnace_recipes'));
    assert.ok(!filedNames.includes('unit_codes'), 'general items are not filed');
  });

  it('shows the overview and switches to English, remembered after a reload', async () => {
    await open(page, server.baseUrl, '/overview', 'page-overview');
    await page.getByTestId('overview-core').waitFor();
    await page.locator('canvas').first().waitFor();
    await screenshot(page, '10-overview');

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav').getByText('Data catalog').waitFor();
    await page.getByText('Items waiting for review').waitFor();
    await screenshot(page, '11-overview-en');
    await page.reload();
    await page.getByTestId('nav').getByText('Data catalog').waitFor();
    await open(page, server.baseUrl, '/catalog', 'page-catalog');
    await page.getByText('Export Excel filing form').waitFor();
    await screenshot(page, '12-catalog-en');
    assert.deepEqual(consoleErrors, []);
    // Only the expected failures: no session at first load, then the wrong password.
    assert.deepEqual(failedRequests, ['401 GET /api/v1/auth/me', '401 POST /api/v1/auth/login']);
  });
});
