/** Small Playwright helpers for antd widgets (selects, tables, drawers). */
import type { Locator, Page } from 'playwright-core';

/** Open an antd Select and pick the option with this text. */
export async function pickOption(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
  // Wait for the dropdown to close so the next select does not find this one's options.
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
}

/** The table row whose cells contain `text`. */
export function rowWith(scope: Locator, text: string): Locator {
  return scope.locator('tr.ant-table-row', { hasText: text }).first();
}

/** Log in through the login page. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  const form = page.getByTestId('login-form');
  await form.locator('input#username').fill(username);
  await form.locator('input#password').fill(password);
  await form.locator('button[type=submit]').click();
  await page.getByTestId('current-user').waitFor();
}

/** Sign out through the header button and wait for the login page. */
export async function logOut(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByTestId('login-form').waitFor();
}

/** Go to a hash route (a same-document navigation, no reload) and wait for its page. */
export async function open(
  page: Page,
  baseUrl: string,
  route: string,
  testId: string,
): Promise<void> {
  await page.goto(`${baseUrl}/#${route}`);
  await page.getByTestId(testId).waitFor();
}

/**
 * Close the open antd drawer and wait until its mask is gone: a click that lands while the
 * drawer is still animating in is ignored, and the mask would then swallow the next click.
 */
export async function closeDrawer(page: Page): Promise<void> {
  const mask = page.locator('.ant-drawer-mask:visible');
  for (let attempt = 0; attempt < 5 && (await mask.count()) > 0; attempt++) {
    // dispatchEvent, not click(): a success toast lying over the close button made click()
    // wait for the button to receive pointer events until the test timed out (once in CI).
    await page.locator('.ant-drawer-close:visible').first().dispatchEvent('click');
    try {
      await mask.first().waitFor({ state: 'hidden', timeout: 3_000 });
    } catch {
      // Still open: the click was swallowed; try again.
    }
  }
  await mask.first().waitFor({ state: 'hidden' });
}

/** True in the page when no modal is open, or the open one's OK button is loading. */
const MODAL_TOOK_CLICK = `(() => {
  const open = [...document.querySelectorAll('.ant-modal-wrap')].filter(
    (wrap) => getComputedStyle(wrap).display !== 'none',
  );
  return open.length === 0 || open.some((wrap) => wrap.querySelector('.ant-modal-footer .ant-btn-loading') !== null);
})()`;

/**
 * Click the open modal's OK button until the click takes: the button starts loading or the
 * modal closes. As with drawers, a click that lands while the modal is still animating in is
 * ignored (a catalog freeze was lost that way once in CI, under full-suite load).
 */
export async function submitModal(page: Page): Promise<void> {
  const ok = page.locator('.ant-modal-wrap:visible .ant-modal-footer .ant-btn-primary').first();
  for (let attempt = 1; ; attempt++) {
    await ok.click();
    try {
      await page.waitForFunction(MODAL_TOOK_CLICK, undefined, { timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}
