/**
 * The incident countdown in a real browser, in Chinese (issue #5 §5): two 重大 incidents,
 * one found five hours ago (its initial report, due 4 h after discovery, is overdue and
 * shown in red) and one found just now (counting down). An officer records a third through
 * the form and sees the computed level and the criterion that decided it. Screenshots go to
 * test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { loginOverHttp } from '../apps/server/src/testing/http-session.ts';
import { MAJOR_FACTS } from '../apps/server/src/incidents/testing/incident-fixtures.ts';
import { launchBrowser, screenshot, newPage } from './support/browser.ts';
import { ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { logIn, rowWith } from './support/ui.ts';

const HOUR = 3_600_000;

describe('incident countdown', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    server = await startServer();
    const admin = await loginOverHttp(server.baseUrl, 'admin', ADMIN_PASSWORD);
    await admin.ok('POST', '/incidents', {
      title: '客户信息泄露（逾期）',
      discoveredAt: new Date(Date.now() - 5 * HOUR).toISOString(),
      facts: MAJOR_FACTS,
    });
    await admin.ok('POST', '/incidents', {
      title: '生产数据被篡改（倒计时）',
      discoveredAt: new Date().toISOString(),
      facts: MAJOR_FACTS,
    });
    browser = await launchBrowser();
    page = await newPage(browser, consoleErrors);
  });

  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('shows levels and a live countdown, overdue in red; the form shows the deciding criterion', async () => {
    await page.goto(server.baseUrl);
    await logIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav').getByText('事件与风险').click();
    const list = page.getByTestId('page-incidents');
    const overdue = rowWith(list, '客户信息泄露（逾期）');
    const running = rowWith(list, '生产数据被篡改（倒计时）');
    await overdue.waitFor();
    await running.waitFor();

    assert.match((await overdue.textContent()) ?? '', /重大.*IR-MAJOR-PI.*初报已逾期 0天1小时/);
    const late = overdue.getByTestId('incident-countdown');
    assert.equal(await late.getAttribute('data-overdue'), 'true');
    // antd's danger text colour: red.
    const color = String(
      await page.evaluate(
        `getComputedStyle(document.querySelector('[data-overdue="true"]')).color`,
      ),
    );
    assert.match(color, /rgb\(2[0-9]{2}, [0-9]{1,2}, [0-9]{1,2}\)/);

    const countdown = running.getByTestId('incident-countdown');
    assert.equal(await countdown.getAttribute('data-overdue'), 'false');
    const first = (await countdown.textContent()) ?? '';
    assert.match(first, /初报剩余 0天3小时5\d分\d+秒/);
    // It ticks without a reload.
    await page.waitForFunction(
      `document.querySelector('[data-overdue="false"]')?.textContent !== ${JSON.stringify(first)}`,
    );
    await screenshot(page, 'incidents-countdown');

    // Record one through the form: 1,000,000 people's PI grades 较大 (IR-RMAJOR-PI).
    await page.getByTestId('incident-create').click();
    const form = page.getByTestId('incident-form');
    await form.getByTestId('incident-title').fill('测试账号批量登录异常');
    // antd puts the test id on the <input> itself or on its wrapper, depending on the version.
    await form
      .locator('input[data-testid="incident-pi"], [data-testid="incident-pi"] input')
      .first()
      .fill('1000000');
    await page.getByTestId('incident-save').click();
    const detail = page.getByTestId('incident-detail');
    await detail.waitFor();
    assert.equal(await detail.getByTestId('incident-level').first().textContent(), '较大');
    assert.match(
      (await detail.getByTestId('incident-decided-by').textContent()) ?? '',
      /IR-RMAJOR-PI/,
    );
    assert.match((await detail.textContent()) ?? '', /初报剩余 0天3小时5\d分/);
    await screenshot(page, 'incident-detail');
    assert.deepEqual(consoleErrors, []);
  });
});
