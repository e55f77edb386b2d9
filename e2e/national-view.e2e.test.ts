/**
 * The ministry's national view in a real browser, in Chinese (issue #4 §4): a ministry node
 * with two provinces enrolled — one that sent a rollup today, one that never did — shows the
 * figures, the ECharts charts and the province table with the silent province highlighted
 * as behind; the menu has 全国概览 and 节点目录 but none of the enterprise pages. What the
 * provinces would have sent is written into the ministry's database (peers, heartbeat
 * figures, one rollup with its re-filings); the travel of rollups between real nodes is
 * covered by apps/server/src/federation/rule-packs-rollups.int.test.ts and
 * apps/server/src/rollups/rollup-refilings.int.test.ts. The re-filing card shows the reporting
 * province's pending and overdue (red) re-filings, the silent one as 未上报, the industries and
 * the overdue enterprises. Screenshots go to test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, newPage } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, open } from './support/ui.ts';

const KEY = `04${'ab'.repeat(64)}`;

async function seed(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [nodeId, code, packs] of [
      ['province-320000', '320000', { general: '2026.1', steel: '2026.1' }],
      ['province-440000', '440000', { general: '2026.1' }],
    ] as const) {
      await client.query(
        `INSERT INTO federation_peers (node_id, relation, public_key, scope, last_contact_at,
           backlog, software_version, rule_packs)
         VALUES ($1, 'child', $2, $3, now() - interval '2 minutes', 0, '0.1.0', $4)`,
        [nodeId, KEY, JSON.stringify({ kind: 'region', code }), JSON.stringify(packs)],
      );
    }
    const counts = [
      { industry: 'C31', region: '320500', level: 'important', status: 'accepted', count: 12 },
      { industry: 'C31', region: '320500', level: 'core', status: 'submitted', count: 3 },
      { industry: 'C36', region: '320100', level: 'important', status: 'returned', count: 4 },
      { industry: 'C39', region: '320100', level: 'general', status: 'submitted', count: 6 },
    ];
    const refilingCounts = [
      { industry: 'C31', status: 'overdue', count: 2 },
      { industry: 'C31', status: 'pending', count: 3 },
      { industry: 'C36', status: 'refiled-on-time', count: 4 },
      { industry: 'C36', status: 'refiled-late', count: 1 },
    ];
    const overdue = [
      ['91320500MA2Y4B7C14', '苏钢集团', '320500', '2025-11-02T02:00:00.000Z', '2026-02-02'],
      ['91320100MA2Y4B7C15', '金陵特钢', '320100', '2025-12-01T02:00:00.000Z', '2026-03-02'],
    ].map(([uscc, name, region, changedAt, refileBy]) => ({
      enterprise: { uscc, name, region, industry: 'C31' },
      changedAt,
      refileBy,
    }));
    await client.query(
      `INSERT INTO federation_rollups (sender, envelope_id, seq, region, as_of, enterprises, counts,
         refiling_counts, refiling_overdue)
       VALUES ('province-320000', $1, 7, '320000', now() - interval '1 hour', 40, $2, $3, $4)`,
      [
        randomUUID(),
        JSON.stringify(counts),
        JSON.stringify(refilingCounts),
        JSON.stringify(overdue),
      ],
    );
  } finally {
    await client.end();
  }
}

describe('ministry national view', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer({ SHUAN_ROLE: 'ministry', SHUAN_NODE_ID: 'ministry-000000' });
    await seed(server.databaseUrl);
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows the figures, charts and the provinces behind, in Chinese', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    // The ministry's home page is the national view; the menu has only its own pages.
    const national = page.getByTestId('page-national');
    await national.waitFor();
    const nav = page.getByTestId('nav');
    await nav.getByText('节点目录').waitFor();
    assert.equal(await nav.getByText('全国概览').count(), 1);
    for (const absent of ['数据源', '扫描任务', '数据目录']) {
      assert.equal(await nav.getByText(absent).count(), 0, `${absent} is not a ministry page`);
    }
    await national.getByRole('heading', { name: '全国概览' }).waitFor();
    assert.equal((await national.locator('canvas').count()) >= 4, true, 'four ECharts canvases');
    await national.getByText('各省备案（按状态）').waitFor();

    const table = page.getByTestId('province-table');
    const behind = table.locator('tr[data-behind="true"]');
    await behind.first().waitFor();
    assert.equal(await behind.count(), 1);
    assert.match((await behind.textContent()) ?? '', /广东省.*从未上报汇总/);
    const onTrack = table.locator('tr[data-behind="false"]');
    assert.match((await onTrack.textContent()) ?? '', /江苏省.*正常.*40.*25/);
    // The headline figures: 2 provinces, 1 reporting, 1 behind, 25 filings; then the
    // re-filings: 3 pending, 2 overdue, 4 on time, 1 late.
    const figures = await national.locator('.ant-statistic-content-value').allTextContents();
    assert.deepEqual(figures, ['2', '1', '1', '40', '25', '3', '2', '4', '1']);
    await screenshot(page, 'ministry-national-view');

    const refilings = page.getByTestId('national-refilings');
    await refilings.getByText('变更后重新备案（各省汇总）').waitFor();
    await refilings.getByText('1 / 2 个省份已上报').waitFor();
    await refilings.getByTestId('refilings-overdue').getByText('逾期未重新备案').waitFor();
    const overdueColor = String(
      await page.evaluate(
        `getComputedStyle(document.querySelector('[data-testid="refilings-overdue"] .ant-statistic-content')).color`,
      ),
    );
    assert.equal(overdueColor, 'rgb(207, 19, 34)', 'the overdue figure is red');
    const byProvince = refilings.getByTestId('refilings-by-province');
    const late = byProvince.locator('tr[data-overdue="true"]');
    assert.equal(await late.count(), 1);
    assert.deepEqual(await late.locator('td').allTextContents(), [
      '江苏省 320000',
      '3',
      '2',
      '4',
      '1',
    ]);
    assert.equal(await late.locator('.ant-tag-red').textContent(), '2');
    assert.match(
      (await byProvince.locator('tr[data-overdue="false"]').textContent()) ?? '',
      /广东省.*未上报/,
    );
    await refilings.getByRole('tab', { name: '按行业' }).click();
    const byIndustry = refilings.getByTestId('refilings-by-industry');
    await byIndustry.getByText('C31 黑色金属冶炼和压延加工业').waitFor();
    assert.match((await byIndustry.textContent()) ?? '', /C36 汽车制造业/);
    await refilings.getByRole('tab', { name: '逾期企业清单 (2)' }).click();
    const overdueList = refilings.getByTestId('overdue-refilings');
    await overdueList.getByText('苏钢集团').waitFor();
    assert.equal(await overdueList.locator('tr[data-overdue="true"]').count(), 2);
    const first =
      (await overdueList.locator('tr[data-overdue="true"]').first().textContent()) ?? '';
    assert.match(first, /苏钢集团.*江苏省.*苏州市.*2026-02-02.*已逾期 \d+ 天/);
    await screenshot(page, 'ministry-national-refilings');

    await open(page, server.baseUrl, '/nodes', 'page-nodes');
    const nodes = page.getByTestId('node-table');
    await nodes.getByText('province-440000').waitFor();
    assert.match((await nodes.textContent()) ?? '', /下级.*在线/);
    await screenshot(page, 'ministry-nodes');
    assert.deepEqual(consoleErrors, []);
  });
});
