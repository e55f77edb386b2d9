/**
 * The province's review of received assessment reports and its yearly summary to the ministry,
 * and the ministry's view of the provinces' summaries, in a real browser, in Chinese
 * (docs/risk-assessment.md § Yearly summary). The province holds two enterprises' filings and
 * one report (written into its database, as a child would have sent them); the reviewer sees
 * the summary card (2 expected, 1 received, the silent enterprise listed, sending disabled
 * without a parent), marks the report 需整改 with a note and sees the review counted. The
 * ministry holds two provinces, one of which reported: its card shows 按时上报 and 未上报.
 * The travel between real nodes is covered by apps/server/src/assessments/year-summary.int.test.ts.
 * Screenshots go to test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import {
  buildAssessmentReportPayload,
  receiveAssessmentReport,
  receiveFilings,
  STEEL,
  TEXTILE,
} from '../apps/server/src/assessments/testing/report-fixtures.ts';
import { launchBrowser, newPage, screenshot } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, open } from './support/ui.ts';

const KEY = `04${'ab'.repeat(64)}`;
const YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

async function seedProvince(databaseUrl: string): Promise<string> {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  try {
    await receiveFilings(pool, [STEEL, TEXTILE]);
    return await receiveAssessmentReport(
      pool,
      `ent-${STEEL.uscc}`,
      buildAssessmentReportPayload({
        enterprise: STEEL,
        year: YEAR,
        completedOn: `${String(YEAR)}-03-06`,
        validUntil: `${String(YEAR + 1)}-03-06`,
      }),
      new Date(`${String(YEAR)}-03-09T02:00:00Z`),
    );
  } finally {
    await pool.end();
  }
}

async function seedMinistry(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const [nodeId, code] of [
      ['province-350000', '350000'],
      ['province-440000', '440000'],
    ] as const) {
      await client.query(
        `INSERT INTO federation_peers (node_id, relation, public_key, scope)
         VALUES ($1, 'child', $2, $3)`,
        [nodeId, KEY, JSON.stringify({ kind: 'region', code })],
      );
    }
    const asOf = new Date(`${String(YEAR)}-11-20T02:00:00Z`);
    const summary = {
      year: YEAR,
      region: '350000',
      asOf: asOf.toISOString(),
      dueBy: `${String(YEAR)}-12-25`,
      expected: 12,
      received: 10,
      onTime: 9,
      late: 1,
      review: { accepted: 8, needsRework: 1, pending: 1 },
      risks: { low: 20, medium: 6, high: 2, critical: 0 },
      openRisks: 3,
      missing: [{ uscc: TEXTILE.uscc, name: TEXTILE.name }],
      missingTotal: 2,
    };
    await client.query(
      `INSERT INTO assessment_year_summaries (sender, year, payload, as_of, first_as_of)
       VALUES ('province-350000', $1, $2, $3, $3)`,
      [YEAR, JSON.stringify(summary), asOf],
    );
  } finally {
    await client.end();
  }
}

describe('yearly assessment summary', () => {
  let province: RunningServer;
  let ministry: RunningServer;
  let reportId = '';
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    [province, ministry] = await Promise.all([
      startServer({ SHUAN_ROLE: 'province', SHUAN_NODE_ID: 'province-350000' }),
      startServer({ SHUAN_ROLE: 'ministry', SHUAN_NODE_ID: 'ministry-000000' }),
    ]);
    reportId = await seedProvince(province.databaseUrl);
    await seedMinistry(ministry.databaseUrl);
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await Promise.all([province.stop(), ministry.stop()]);
  });

  it('the province reviews a report and sees the year counted; sending needs a parent', async () => {
    await page.goto(province.baseUrl);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await open(page, province.baseUrl, '/assessments-received', 'page-assessments-received');
    const card = page.getByTestId('year-summary-card');
    await card.getByText('年度接收与审核情况汇总（报工业和信息化部，12月25日前）').waitFor();
    await card.getByTestId('year-summary-received').getByText('1').waitFor();
    assert.match(
      (await card.getByTestId('year-summary-expected').textContent()) ?? '',
      /应报企业2/,
    );
    assert.match(
      (await card.getByTestId('year-summary-missing').textContent()) ?? '',
      /未报送企业1/,
    );
    await card.getByTestId('year-summary-missing-list').getByText(TEXTILE.name).waitFor();
    assert.equal(await card.getByTestId('year-summary-send').isDisabled(), true);
    assert.equal(await card.getByTestId('year-summary-sent').getAttribute('data-sent'), 'false');

    await page.getByTestId(`review-assessment-${reportId}`).click();
    const form = page.getByTestId('review-assessment-modal');
    await form.waitFor();
    await form.getByText('需整改').click();
    await form.getByTestId('review-assessment-note').fill('请补充第三方评估机构资质');
    await page.getByTestId('review-assessment-submit').click();
    const tag = page.locator('[data-testid="assessment-review"][data-outcome="needs-rework"]');
    await tag.waitFor();
    assert.equal(await tag.textContent(), '需整改');
    await card.getByTestId('year-summary-review').getByText('需整改 1').waitFor();
    await screenshot(page, 'province-assessment-summary');
  });

  it('the ministry sees which provinces reported the year', async () => {
    await page.goto(ministry.baseUrl);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    const national = page.getByTestId('national-assessment-summaries');
    await national.getByText('各省风险评估年度汇总').waitFor();
    const fujian = national.getByTestId('national-assessment-summary-province-350000');
    await fujian.waitFor();
    assert.equal(await fujian.getAttribute('data-state'), 'on-time');
    assert.match((await fujian.textContent()) ?? '', /福建省.*350000.*province-350000.*按时上报/);
    const guangdong = national.getByTestId('national-assessment-summary-province-440000');
    // Before 25 December the silent province is not yet overdue; after it, it is.
    const silent =
      new Date() <= new Date(`${String(YEAR)}-12-25T16:00:00Z`) ? 'not-yet' : 'overdue';
    assert.equal(await guangdong.getAttribute('data-state'), silent);
    await screenshot(page, 'ministry-assessment-summaries');
    assert.deepEqual(consoleErrors, []);
  });
});
