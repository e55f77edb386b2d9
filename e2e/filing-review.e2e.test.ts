/**
 * The province reviewer's queue in a real browser, in Chinese (issue #4 §4): a province
 * node to which an enterprise node enrolled (signed enroll request) and pushed two filings
 * as signed envelopes over /federation/v1/messages. One was received 40 days ago (written
 * back in the database) and is overdue: highlighted in red at the top of the queue. The
 * reviewer opens the other, writes a comment on one item and returns it; the decision is
 * queued down to the child. Screenshots go to test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { ENVELOPE_VERSION } from '@shuan/core';
import { generateSm2KeyPair, signEnvelope } from '@shuan/tools';
import { signRequest } from '../apps/server/src/federation/signed-request.ts';
import { buildFilingPayload } from '../apps/server/src/federation/testing/envelopes.ts';
import { loginOverHttp } from '../apps/server/src/testing/http-session.ts';
import { launchBrowser, screenshot, newPage } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, rowWith } from './support/ui.ts';

const PROVINCE = 'province-350000';
const CHILD = 'ent-91350100M000100Y43';
const REVIEWER_PASSWORD = 'e2e-reviewer-pass-2026';

/** Enrolls CHILD with a token and pushes two filings, signed; returns their filing ids. */
async function deliverFilings(server: RunningServer): Promise<{ fresh: string; old: string }> {
  const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
  await admin.ok('POST', '/users', {
    username: 'reviewer',
    displayName: '王审核',
    role: 'reviewer',
    password: REVIEWER_PASSWORD,
  });
  const issued = await admin.ok<{ token: string }>('POST', '/federation/tokens', {
    scope: { kind: 'region', code: '350100' },
  });
  const key = generateSm2KeyPair();
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const response = await fetch(`${server.baseUrl}/federation/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 200, await response.clone().text());
    return response.json();
  };
  await post(
    '/enroll',
    signRequest(
      {
        nodeId: CHILD,
        role: 'enterprise',
        publicKey: key.publicKey,
        token: issued.token,
        sentAt: new Date().toISOString(),
      },
      key,
    ),
  );
  const old = buildFilingPayload();
  const fresh = buildFilingPayload();
  if (fresh.kind === 'full' && fresh.items[0] !== undefined) {
    fresh.items.push({
      ...fresh.items[0],
      itemId: randomUUID(),
      table: 'mes.recipes',
      level: 'core',
      purpose: '工艺配方管理',
    });
  }
  const envelopes = [old, fresh].map((payload, index) =>
    signEnvelope(
      {
        v: ENVELOPE_VERSION,
        id: randomUUID(),
        sender: CHILD,
        receiver: PROVINCE,
        type: 'filing.submit',
        seq: index + 1,
        sentAt: new Date().toISOString(),
        payload,
      },
      key,
    ),
  );
  const pushed = (await post('/messages', { envelopes })) as { results: { status: string }[] };
  assert.deepEqual(
    pushed.results.map((result) => result.status),
    ['accepted', 'accepted'],
  );
  return { fresh: fresh.filingId, old: old.filingId };
}

describe('province filing review queue', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let filings: { fresh: string; old: string };
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer({ SHUAN_ROLE: 'province', SHUAN_NODE_ID: PROVINCE });
    filings = await deliverFilings(server);
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    await client.query(
      `UPDATE federation_filings SET received_at = now() - interval '40 days' WHERE filing_id = $1`,
      [filings.old],
    );
    await client.end();
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows the queue with the overdue filing in red, and returns a filing with item comments', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'reviewer', REVIEWER_PASSWORD);
    const nav = page.getByTestId('nav');
    await nav.getByText('备案审核').click();
    const queue = page.getByTestId('review-queue');
    await queue.locator('tr.ant-table-row').nth(1).waitFor();
    // Earliest deadline first: the overdue filing leads, flagged and in red.
    const rows = queue.locator('tr.ant-table-row');
    assert.equal(await rows.count(), 2);
    assert.equal(await rows.first().getAttribute('data-overdue'), 'true');
    assert.match((await rows.first().textContent()) ?? '', /某钢铁集团.*已逾期/);
    assert.equal(await rows.nth(1).getAttribute('data-overdue'), 'false');
    assert.match(
      (await rows.nth(1).textContent()) ?? '',
      /全量备案.*重要 1 · 核心 1.*剩 \d+ 天.*待审核/,
    );
    await screenshot(page, 'province-filing-review-queue');

    await page.getByTestId('review-overdue-filter').click();
    // The filtered page replaces the list: wait until the second row has gone.
    await queue.locator('tr.ant-table-row').nth(1).waitFor({ state: 'detached' });
    assert.equal(await queue.locator('tr.ant-table-row').count(), 1);
    assert.equal(await rows.first().getAttribute('data-overdue'), 'true');
    await page.getByTestId('review-overdue-filter').click();
    await queue.locator('tr.ant-table-row').nth(1).waitFor();

    // Open the fresh filing, comment on its core item and return it.
    await page.getByTestId(`review-open-${filings.fresh}`).click();
    const drawer = page.getByTestId('review-drawer');
    const items = drawer.getByTestId('filing-items');
    await rowWith(items, 'mes.recipes').waitFor();
    assert.match(
      (await items.textContent()) ?? '',
      /mes\.work_orders.*重要数据.*mes\.recipes.*核心数据/s,
    );
    await drawer.getByTestId('review-return').click();
    await page.getByText('退回须填写审核意见').waitFor();
    await rowWith(items, 'mes.recipes').locator('textarea').fill('请补充配方数据的加密措施');
    await drawer.getByTestId('review-comment-input').fill('核心数据保护措施不完整');
    await screenshot(page, 'province-filing-review-drawer');
    await drawer.getByTestId('review-return').click();
    await page.getByText('审核结论已提交').waitFor();
    await drawer.locator('[data-status="returned"]').waitFor();
    assert.match((await items.textContent()) ?? '', /请补充配方数据的加密措施/);
    await screenshot(page, 'province-filing-returned');

    // The decision is queued down to the child, with the item comment.
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    const queued = await client.query<{ receiver: string; payload: { itemComments: unknown[] } }>(
      `SELECT receiver, payload FROM federation_outbox WHERE type = 'filing.review'`,
    );
    await client.end();
    assert.deepEqual(
      queued.rows.map((row) => [row.receiver, row.payload.itemComments.length]),
      [[CHILD, 1]],
    );
    assert.deepEqual(consoleErrors, []);
  });
});
