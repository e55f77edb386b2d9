/**
 * The cross-border self-check in a real browser, in Chinese (issue #5 §1): the officer opens
 * 数据出境自查, sees the items flagged as leaving the country (the core one marked 不得出境, no
 * basis on record) and the core-data rule marked 待确认; checks 150,000 people's personal
 * information for the customer table (standard contract, Art. 8, article number 待确认), then
 * links the core recipe table (不得出境 although the form left core data unticked); both are in
 * the history with who recorded them. Screenshot: test-output/screenshots/cross-border.png.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { catalogItemsRepository, organizationsRepository } from '@shuan/db';
import { loginOverHttp } from '../apps/server/src/testing/http-session.ts';
import { launchBrowser, newPage, screenshot } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, open, rowWith } from './support/ui.ts';

const OFFICER = { username: 'officer-cb', password: 'e2e-officer-pass-2026' };

function buildItem(sourceId: string, table: string, level: 'general' | 'core') {
  return {
    sourceId,
    table,
    comment: null,
    category: 'mgmt.customer_product' as const,
    level,
    status: 'confirmed' as const,
    hasProposalDiff: false,
    proposed: { category: 'mgmt.customer_product' as const, level, reasons: [], scanId: 'e2e' },
    pi: true,
    sensitivePi: false,
    labels: [],
    rows: 1000,
    sizeBytes: null,
    columns: [],
    reviewedBy: 'e2e',
    reviewedAt: new Date().toISOString(),
    reviewReason: null,
  };
}

/** The input of an antd InputNumber (the test id lands on the input or on its wrapper). */
function numberInput(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Picks one catalog item in the multiple select by typing part of its table name. */
async function pickItem(page: Page, table: string): Promise<void> {
  const select = page.getByTestId('cross-border-form').locator('.ant-select').first();
  const chosen = select.locator('.ant-select-selection-item', { hasText: table }).first();
  // Until the item shows as chosen: under full-suite load a pick was lost once in CI (the
  // check then ran without the core table).
  for (let attempt = 1; (await chosen.count()) === 0; attempt++) {
    await select.click();
    await select.locator('input').fill(table);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: table })
      .first()
      .click();
    await page.keyboard.press('Escape');
    try {
      await chosen.waitFor({ timeout: 3_000 });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

describe('cross-border self-check in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer();
    const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.ok('POST', '/users', {
      username: OFFICER.username,
      displayName: '安全负责人',
      role: 'officer',
      password: OFFICER.password,
    });
    const source = await admin.ok<{ id: string }>('POST', '/sources', {
      name: 'CRM',
      kind: 'postgres',
      target: 'postgres://crm@127.0.0.1:1/crm',
    });
    const pool = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
    try {
      const org = await organizationsRepository.first(pool);
      await catalogItemsRepository.insertMany(pool, org?.id ?? '', [
        buildItem(source.id, 'crm.customers', 'general'),
        buildItem(source.id, 'mes.recipes', 'core'),
      ]);
      const rows = await pool.query<{ id: string }>(
        `UPDATE catalog_items SET cross_border = true RETURNING id`,
      );
      assert.equal(rows.rowCount, 2);
    } finally {
      await pool.end();
    }
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('checks two transfers, shows each path with its basis, and keeps the history', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, OFFICER.username, OFFICER.password);
    await open(page, server.baseUrl, '/cross-border', 'page-cross-border');
    assert.ok(await page.getByTestId('nav').getByText('数据出境自查').isVisible());
    // The rule awaiting confirmation is said so; the flagged items have no basis yet.
    await page.getByTestId('cross-border-core-setting').getByText('待确认').first().waitFor();
    const items = page.getByTestId('cross-border-item-list');
    const recipes = rowWith(items, 'mes.recipes');
    await recipes.waitFor();
    assert.match(await recipes.innerText(), /不得出境/);
    assert.match(await recipes.innerText(), /未记录出境依据/);

    await numberInput(page, 'cross-border-pi').fill('150000');
    await pickItem(page, 'crm.customers');
    await page.getByTestId('cross-border-note').fill('海外客服中心');
    await page.getByTestId('cross-border-submit').click();
    const decision = page.getByTestId('cross-border-decision');
    await decision
      .getByTestId('cross-border-path-standard-contract-or-certification')
      .first()
      .waitFor();
    const basis = await decision.getByTestId('cross-border-basis').innerText();
    assert.match(basis, /第八条/);
    assert.match(basis, /条款号待确认/);
    assert.match(await decision.innerText(), /officer-cb/);

    // Linking the core table: it may not leave, although core data was left unticked.
    await pickItem(page, 'mes.recipes');
    await page.getByTestId('cross-border-submit').click();
    await decision.getByTestId('cross-border-path-forbidden').first().waitFor();
    const text = await decision.innerText();
    assert.match(text, /关联条目中有核心数据/);
    assert.match(text, /核心数据应在境内存储/);
    assert.match(text, /待确认/);
    await rowWith(items, 'mes.recipes').getByText('不得出境').first().waitFor();

    const history = page.getByTestId('cross-border-history');
    await history.locator('tr.ant-table-row').nth(1).waitFor();
    assert.equal(await history.locator('tr.ant-table-row').count(), 2);
    assert.match(await history.locator('tr.ant-table-row').first().innerText(), /不得出境/);
    await screenshot(page, 'cross-border');
    assert.deepEqual(consoleErrors, []);
  });
});
