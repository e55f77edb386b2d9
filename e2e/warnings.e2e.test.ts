/**
 * Warning acknowledgement in a real browser, in Chinese (issue #5 §3/§5): an enterprise node
 * holds a red warning its province sent (seeded in its database as the warning.issue
 * handler stores it); the officer opens 预警通报, sees the indicator that matches its own
 * database host highlighted, signs for it (签收) and answers with its measures (反馈); both
 * are queued to the province. Screenshot: test-output/screenshots/warning-inbox.png.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import {
  federationPeersRepository,
  organizationsRepository,
  warningInboxRepository,
  warningsRepository,
} from '@shuan/db';
import { loginOverHttp } from '../apps/server/src/testing/http-session.ts';
import { launchBrowser, screenshot, newPage } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, rowWith } from './support/ui.ts';

const PROVINCE = 'province-320000';
const TITLE = '针对化工行业历史数据库的勒索攻击预警';

describe('warning inbox', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let pool: pg.Pool;
  const warningId = randomUUID();
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer();
    const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.ok('POST', '/sources', {
      name: 'DCS 历史库',
      kind: 'postgres',
      target: 'postgres://dcs@10.2.3.4:5432/history',
      password: 'secret',
    });
    pool = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
    // What enrollment and the warning.issue handler would have stored.
    await federationPeersRepository.insert(pool, {
      nodeId: PROVINCE,
      relation: 'parent',
      publicKey: '04' + 'ab'.repeat(64),
      url: 'http://127.0.0.1:9',
      scope: null,
      tokenId: null,
    });
    const org = await organizationsRepository.first(pool);
    const day = 86_400_000;
    await warningsRepository.insert(pool, {
      id: warningId,
      orgId: org?.id ?? '',
      origin: 'received',
      receivedFrom: PROVINCE,
      issuedBy: 'ministry-000000',
      issuerName: '工业和信息化部网络安全管理局',
      issuedAt: new Date(),
      issuedUser: null,
      level: 'red',
      type: 'threat',
      title: TITLE,
      description: '境外组织利用弱口令入侵化工企业历史数据库并加密勒索。',
      indicators: [
        { kind: 'ip', value: '10.2.0.0/16', note: '失陷地址段' },
        { kind: 'domain', value: 'c2.example.net' },
      ],
      measures: '排查弱口令，封禁相关地址，离线备份历史库。',
      ackBy: new Date(Date.now() + day),
      feedbackBy: new Date(Date.now() + 3 * day),
      audience: { kind: 'industry', industries: ['26'] },
      envelopeId: null,
    });
    await warningInboxRepository.deliver(pool, warningId, org?.id ?? '', new Date());
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await pool.end();
    await server.stop();
  });

  it('shows the warning with its matched indicator, and the officer acknowledges and answers it', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav').getByText('预警通报').click();
    const list = page.getByTestId('page-warning-inbox');
    const row = rowWith(list, TITLE);
    await row.waitFor();
    assert.match(
      (await row.textContent()) ?? '',
      /红色.*威胁预警.*工业和信息化部网络安全管理局.*待签收/,
    );

    await row.getByTestId('warning-open').click();
    const detail = page.getByTestId('warning-detail');
    await detail.waitFor();
    const matched = detail.getByTestId('indicator-matched');
    assert.equal(await matched.count(), 1);
    assert.match((await matched.textContent()) ?? '', /IP 地址\/网段：10\.2\.0\.0\/16/);
    assert.match(
      (await detail.getByTestId('warning-matches').textContent()) ?? '',
      /数据源「DCS 历史库」匹配：10\.2\.3\.4/,
    );

    await detail.getByTestId('warning-ack').click();
    await detail.getByTestId('warning-acked').waitFor();
    assert.match((await detail.getByTestId('warning-acked').textContent()) ?? '', /已签收：admin/);

    await detail.getByTestId('warning-measures').fill('已封禁 10.2.0.0/16，历史库已离线备份');
    await detail.getByTestId('warning-feedback').click();
    await detail.getByTestId('warning-answer').waitFor();
    assert.match((await detail.getByTestId('warning-state').textContent()) ?? '', /已反馈/);
    await screenshot(page, 'warning-inbox');

    const queued = await pool.query<{ type: string }>(
      `SELECT type FROM federation_outbox WHERE receiver = $1 AND type LIKE 'warning.%' ORDER BY seq`,
      [PROVINCE],
    );
    assert.deepEqual(
      queued.rows.map((r) => r.type),
      ['warning.ack', 'warning.feedback'],
    );
    assert.deepEqual(consoleErrors, []);
  });
});

describe('warning issuing on a province', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startServer({ SHUAN_ROLE: 'province' });
    const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.ok('POST', '/registry/enterprises', {
      uscc: '91350100MA2Y4B7C14',
      name: '某汽车零部件有限公司',
      regionCode: '350100',
      industryCode: '36',
      size: 'medium',
      keyEnterprise: false,
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('issues a warning to an industry through the form and tracks it', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav').getByText('预警发布与跟踪').click();
    await page.getByTestId('page-warnings').waitFor();
    await page.getByTestId('warning-issue').click();
    const form = page.getByTestId('issue-warning-form');
    await form.locator('input#title').fill('汽车制造业数据泄露风险提示');
    await form.locator('textarea#description').fill('部分汽车零部件企业数据库暴露在互联网。');
    await form.getByText('按行业').click();
    // The list is virtual: type to bring the division into view, then pick it.
    await form.getByTestId('audience-industries').click();
    await page.keyboard.type('汽车制造');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: 'C36 汽车制造业',
      })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /OK|确\s*定/ }).click();
    const row = rowWith(page.getByTestId('page-warnings'), '汽车制造业数据泄露风险提示');
    await row.waitFor();
    // One enterprise addressed, none reachable (no node, not a tenant): rates not computable.
    assert.match((await row.textContent()) ?? '', /橙色.*本级发布.*1\s*0\s*0\s*0/);
    await row.getByRole('button', { name: '汽车制造业数据泄露风险提示' }).click();
    const tracking = page.getByTestId('warning-tracking');
    await tracking.waitFor();
    assert.match((await tracking.textContent()) ?? '', /某汽车零部件有限公司.*无法送达/);
    await screenshot(page, 'warning-tracking');
  });
});
