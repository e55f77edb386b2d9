/**
 * A filing the province refused, in a real browser, in Chinese (docs/federation.md § Scope
 * refusals): an enterprise node files its catalog and reports an incident; its province (a
 * parent written into the database, never reached) refuses both as outside the node's
 * enrollment scope, applied here through the real `message.refused` handler. 数据备案 shows
 * the red notice "省级节点拒收：企业不在本节点授权范围内" with the province's reason and what
 * to do next, and the filing's status 省级节点拒收; 事件与风险 lists the refused incident
 * report. Screenshots go to test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import type { Envelope } from '@shuan/contracts';
import { enqueueMessage, withTransaction } from '@shuan/db';
import { handlerOf } from '../apps/server/src/federation/message-handlers.ts';
import { seedCatalog } from '../apps/server/src/filings/testing/filing-fixtures.ts';
import { buildIncidentReportPayload } from '../apps/server/src/incidents/testing/incident-fixtures.ts';
import { loginOverHttp } from '../apps/server/src/testing/http-session.ts';
import { launchBrowser, screenshot, newPage } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, rowWith } from './support/ui.ts';

const PARENT = 'province-320000';
const PASSWORD = 'e2e-refused-pass-2026';
const STEEL = {
  uscc: '91350100M000100Y43',
  name: '某钢铁集团',
  regionCode: '350100',
  industryCode: '31',
};
const REASON = {
  zh: '企业不在本节点授权范围内：本节点接入范围为行政区划 320500，该企业所在行政区划为 350100（依据上级节点的企业名录）',
  en: "enterprise outside this node's scope: the node is enrolled for region 320500, the enterprise is in region 350100 (per the parent's enterprise registry)",
};

/** Applies the parent's `message.refused` of `envelopeId` through the real handler. */
async function refuse(pool: pg.Pool, envelopeId: string, type: string, seq: number) {
  const envelope = {
    id: randomUUID(),
    type: 'message.refused',
    sender: PARENT,
    receiver: 'ent-refused',
    seq,
    payload: {
      envelopeId,
      type,
      code: 'FED_SCOPE_MISMATCH',
      uscc: STEEL.uscc,
      reason: REASON,
      refusedAt: new Date().toISOString(),
    },
  } as unknown as Envelope;
  const handler = handlerOf(envelope);
  assert.ok(handler);
  await withTransaction(pool, (tx) => handler({ tx, envelope, now: new Date() }));
}

/** An enrolled enterprise whose filing and incident report the province refused. */
async function refusedByTheProvince(server: RunningServer): Promise<void> {
  const pool = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
  try {
    await pool.query(
      `INSERT INTO federation_peers (node_id, relation, public_key, url, scope)
       VALUES ($1, 'parent', $2, 'http://127.0.0.1:1', '{"kind":"region","code":"320500"}')`,
      [PARENT, `04${'ab'.repeat(64)}`],
    );
    const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.ok('POST', '/users', {
      username: 'officer',
      displayName: '李专员',
      role: 'officer',
      password: PASSWORD,
    });
    const officer = await loginOverHttp(server.baseUrl, 'officer', PASSWORD);
    await seedCatalog(pool, officer);
    await officer.ok('PUT', '/filings/profile', STEEL);
    await officer.ok('POST', '/catalog/versions', { note: 'v1' });
    const filing = await officer.ok<{ id: string }>('POST', '/filings', {
      version: 1,
      kind: 'full',
    });
    const sent = await pool.query<{ id: string }>(
      'SELECT message_id AS id FROM filings WHERE id = $1',
      [filing.id],
    );
    await refuse(pool, sent.rows[0]?.id ?? '', 'filing.submit', 1);
    const incident = await withTransaction(pool, (tx) =>
      enqueueMessage(tx, {
        receiver: PARENT,
        type: 'incident.report',
        payload: buildIncidentReportPayload(STEEL.uscc),
      }),
    );
    await refuse(pool, incident.id, 'incident.report', 2);
  } finally {
    await pool.end();
  }
}

describe('a filing refused by the province', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer({ SHUAN_ROLE: 'enterprise', SHUAN_NODE_ID: 'ent-refused' });
    await refusedByTheProvince(server);
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('数据备案 says the province refused it, why and what to do; 事件与风险 lists the report', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'officer', PASSWORD);
    await page.getByTestId('nav').getByText('数据备案').click();
    const notice = page.getByTestId('filing-refused').first();
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    assert.match(text, /省级节点拒收：企业不在本节点授权范围内/);
    assert.match(text, /省级节点说明：企业不在本节点授权范围内：本节点接入范围为行政区划 320500/);
    assert.match(text, /下一步：请联系省级主管部门.*更正后重新提交备案/);
    assert.doesNotMatch(text, /enterprise outside/, 'the Chinese half only');
    const row = rowWith(page.locator('.ant-table'), '第 1 版');
    assert.equal(await row.locator('[data-status]').getAttribute('data-status'), 'refused');
    assert.match((await row.textContent()) ?? '', /省级节点拒收/);
    await page.getByTestId('dead-letters').waitFor();
    await screenshot(page, 'enterprise-filing-refused');

    await page.getByTestId('nav').getByText('事件与风险').click();
    const reports = page.getByTestId('dead-letters');
    await reports.waitFor();
    const listed = (await reports.textContent()) ?? '';
    assert.match(listed, /1 条消息被上级节点拒收/);
    assert.match(listed, /incident\.report.*企业不在本节点授权范围内/);
    assert.doesNotMatch(listed, /filing\.submit/);
    await screenshot(page, 'enterprise-report-refused');
    assert.deepEqual(consoleErrors, []);
  });
});
