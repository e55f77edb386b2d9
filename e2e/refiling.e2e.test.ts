/**
 * Re-filing after a material change, in a real browser, in Chinese (Measures Art. 12: within
 * 3 months): an enterprise hosted as a tenant on a province files its catalog, the province
 * accepts it, then an important item is graded core. The change is written back 4 months in
 * both databases, so the tenant's filings page shows "变更后须在…前重新备案" in red, and the
 * province's review page lists the enterprise as overdue in its re-filing card. The header
 * names the node's tier (省级节点). Screenshots go to test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { organizationsRepository, usersRepository } from '@shuan/db';
import { hashPassword } from '../apps/server/src/accounts/secrets.ts';
import { seedCatalog } from '../apps/server/src/filings/testing/filing-fixtures.ts';
import { loginOverHttp } from '../apps/server/src/testing/http-session.ts';
import { launchBrowser, screenshot, newPage } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, logOut, rowWith } from './support/ui.ts';

const PASSWORD = 'e2e-refiling-pass-2026';
const TENANT = '托管制造有限公司';

/** A tenant with an accepted filing whose catalog then changed; written back 4 months. */
async function tenantWithOverdueChange(server: RunningServer): Promise<void> {
  const pool = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
  try {
    const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.ok('POST', '/users', {
      username: 'reviewer',
      displayName: '王审核',
      role: 'reviewer',
      password: PASSWORD,
    });
    const org = await organizationsRepository.create(pool, TENANT);
    await usersRepository.create(pool, {
      orgId: org.id,
      username: 'tenant',
      displayName: '托管企业专员',
      role: 'officer',
      passwordHash: await hashPassword(PASSWORD),
    });
    const entry = await admin.ok<{ id: string }>('POST', '/registry/enterprises', {
      uscc: '91350100MA2Y4B7C14',
      name: TENANT,
      regionCode: '350100',
      industryCode: '36',
      size: 'small',
    });
    await pool.query('UPDATE enterprises SET tenant_org_id = $1 WHERE id = $2', [org.id, entry.id]);
    const tenant = await loginOverHttp(server.baseUrl, 'tenant', PASSWORD);
    const { items } = await seedCatalog(pool, tenant);
    await tenant.ok('POST', '/catalog/versions', { note: 'v1' });
    const filing = await tenant.ok<{ id: string }>('POST', '/filings', {
      version: 1,
      kind: 'full',
    });
    const reviewer = await loginOverHttp(server.baseUrl, 'reviewer', PASSWORD);
    const queue = await reviewer.ok<{ items: { id: string; filingId: string }[] }>(
      'GET',
      '/filing-reviews',
    );
    const queued = queue.items.find((item) => item.filingId === filing.id);
    assert.ok(queued !== undefined);
    await reviewer.ok('POST', `/filing-reviews/${queued.id}/review`, { decision: 'accepted' });
    await tenant.ok('POST', `/catalog/items/${items['mes.work_orders'] ?? ''}/review`, {
      action: 'change',
      level: 'core',
      reason: '关联关键工艺',
    });
    const status = await tenant.ok<{ state: string }>('GET', '/filings/refiling');
    assert.equal(status.state, 'open');
    await pool.query(`UPDATE refiling_changes SET changed_at = now() - interval '4 months'`);
    await pool.query(
      `UPDATE received_refilings SET changed_at = now() - interval '4 months',
         refile_by = current_date - 20`,
    );
  } finally {
    await pool.end();
  }
}

describe('re-filing after a material change', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer({ SHUAN_ROLE: 'province', SHUAN_NODE_ID: 'province-350000' });
    await tenantWithOverdueChange(server);
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('the enterprise sees its overdue re-filing, the province lists it, the header names the tier', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'tenant', PASSWORD);
    await page.getByTestId('node-title').getByText('工业数据安全 · 省级节点').waitFor();
    await page.getByTestId('nav').getByText('数据备案').click();
    const banner = page.getByTestId('refiling-banner');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('data-overdue'), 'true');
    assert.match(
      (await banner.textContent()) ?? '',
      /变更后须在 \d{4}-\d{2}-\d{2} 前重新备案.*已逾期.*：级别变化 1 项依据/s,
    );
    await screenshot(page, 'tenant-refiling-overdue');
    await logOut(page, '退出登录');

    await logIn(page, 'reviewer', PASSWORD);
    await page.getByTestId('nav').getByText('备案审核').click();
    const list = page.getByTestId('refiling-list');
    const row = rowWith(list, TENANT);
    await row.waitFor();
    assert.equal(await row.getAttribute('data-overdue'), 'true');
    assert.match(
      (await row.textContent()) ?? '',
      /托管企业.*第 1 版级别变化 1 项已逾期.*待重新备案/s,
    );
    await page.getByTestId('refiling-overdue-filter').click();
    await rowWith(list, TENANT).waitFor();
    assert.equal(await list.locator('tr.ant-table-row').count(), 1);
    await screenshot(page, 'province-refiling-overdue');
    assert.deepEqual(consoleErrors, []);
  });
});
