/**
 * The ministry's 全国监管 page in a real browser, in Chinese (issue #5 §4, §5 "the ministry
 * map"): a ministry node with two provinces enrolled, one filing rollup (江苏) and three
 * incidents forwarded (two 广东, one 江苏) shows the tile map of China coloured by the chosen
 * figure, the provinces' values, and the Plan's 2026 targets against progress. What the
 * provinces sent is written into the ministry's database directly (peers, a rollup, received
 * incidents: the 0014/0015 triggers roll those up as the inbox handler's writes would be).
 * Screenshots go to test-output/screenshots/.
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
    for (const [nodeId, code] of [
      ['province-320000', '320000'],
      ['province-440000', '440000'],
    ] as const) {
      await client.query(
        `INSERT INTO federation_peers (node_id, relation, public_key, scope, last_contact_at)
         VALUES ($1, 'child', $2, $3, now())`,
        [nodeId, KEY, JSON.stringify({ kind: 'region', code })],
      );
    }
    const counts = [
      { industry: 'C31', region: '320500', level: 'important', status: 'accepted', count: 20 },
      { industry: 'C36', region: '320100', level: 'core', status: 'submitted', count: 5 },
    ];
    await client.query(
      `INSERT INTO federation_rollups (sender, envelope_id, seq, region, as_of, enterprises, counts)
       VALUES ('province-320000', $1, 3, '320000', now(), 40, $2)`,
      [randomUUID(), JSON.stringify(counts)],
    );
    for (const [sender, region] of [
      ['province-440000', '440300'],
      ['province-440000', '440100'],
      ['province-320000', '320500'],
    ] as const) {
      await client.query(
        `INSERT INTO received_incidents (id, sender, incident_id, uscc, enterprise_name,
           region_code, industry_code, title, level, status, discovered_at, last_kind,
           last_report_at, payload, received_at)
         VALUES ($1, $2, $3, '91440300MA5F00000X', '某制造企业', $4, 'C39', '数据泄露',
           'major', 'open', now(), 'initial', now(), $5, now())`,
        [
          randomUUID(),
          sender,
          randomUUID(),
          region,
          JSON.stringify({ incident: { facts: { domain: 'industrial' } } }),
        ],
      );
    }
  } finally {
    await client.end();
  }
}

async function tableText(page: Page): Promise<string> {
  return (await page.getByTestId('regulator-map-table').textContent()) ?? '';
}

describe('ministry regulator map', () => {
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

  it('colours the map by the chosen figure and shows the targets, in Chinese', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav').getByText('全国监管').waitFor();
    await open(page, server.baseUrl, '/regulator-map', 'page-regulator-map');
    const view = page.getByTestId('page-regulator-map');
    await view.getByRole('heading', { name: '全国监管' }).waitFor();
    await view.getByText('各省份指标（示意方格图）').waitFor();
    await page.getByTestId('regulator-tile-map').locator('canvas').first().waitFor();

    // Filings (the default figure): 江苏 25 from its rollup, 广东 not reported.
    await page.getByTestId('regulator-map-table').getByText('江苏省').waitFor();
    assert.match(await tableText(page), /江苏省\s*25/);
    assert.doesNotMatch(await tableText(page), /广东省/);

    // Incidents: 广东 2, 江苏 1, from the rollups the triggers kept.
    await view.getByText('事件数').click();
    await page.getByTestId('regulator-map-table').getByText('广东省').waitFor();
    assert.match(await tableText(page), /广东省\s*2.*江苏省\s*1/);

    const targets = page.getByTestId('regulator-targets');
    await targets.getByText('开展数据分类分级保护的企业').waitFor();
    assert.match(
      (await page.getByTestId('target-enterprises-classifying').textContent()) ?? '',
      /25 \/ 45,000/,
    );
    const nodes = (await page.getByTestId('target-provincial-nodes').textContent()) ?? '';
    assert.match(nodes, /待核实/);
    assert.match(nodes, /2 \/ 20/);
    assert.match((await page.getByTestId('target-standards').textContent()) ?? '', /节点未上报/);

    // The overview below: three incidents, all owing reports.
    const overview = page.getByTestId('regulator-overview');
    await overview.getByText('收到的事件').waitFor();
    const figures = await overview.locator('.ant-statistic-content-value').allTextContents();
    assert.equal(figures[1], '3');
    assert.equal(figures[3], '3');
    await screenshot(page, 'ministry-regulator-map');
    assert.deepEqual(consoleErrors, []);
  });
});
