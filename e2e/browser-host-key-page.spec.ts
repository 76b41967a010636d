import { test, expect } from './support/fixtures';
import { expectNoAxeViolations } from './support/axe';
import { signIn, expectSpacesList } from './support/person-actions';

/**
 * Someone opens the browser host's address without its key (typed by hand, a bookmark from an
 * earlier launch): they are told how to get in, in English and Welsh, instead of a blank page.
 */
test('the browser host without its key says how to get in, in English and Welsh, readable on a narrow screen', async ({
  alysDevice,
  browser,
}) => {
  const page = await alysDevice.openApp();
  const origin = new URL(alysDevice.appUrl).origin;

  const stranger = await browser.newContext({ viewport: { width: 400, height: 800 }, locale: 'en-GB' });
  try {
    const keyPage = await stranger.newPage();
    for (const address of [`${origin}/`, `${origin}/?key=from-an-earlier-launch`]) {
      const response = await keyPage.goto(address);
      expect(response?.status(), address).toBe(403);
      await expect(keyPage.getByRole('heading', { level: 1, name: 'Branchline' })).toBeVisible();
      await expect(keyPage.locator('section[lang="en"]')).toContainText(
        'Open Branchline from the address shown where you started it',
      );
      await expect(keyPage.locator('section[lang="cy"]')).toContainText(
        'Agorwch Branchline o’r cyfeiriad a ddangoswyd lle gwnaethoch chi ei gychwyn',
      );
      // The app itself never loaded: no host API in the page.
      expect(await keyPage.evaluate(() => 'branchline' in window)).toBe(false);
    }
    await expectNoAxeViolations(keyPage, 'browser host key');

    // At 320 px nothing needs sideways scrolling.
    await keyPage.setViewportSize({ width: 320, height: 640 });
    expect(await keyPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // The icon is there for the key page, and for browsers that ask for /favicon.ico.
    for (const icon of ['/favicon.svg', '/favicon.ico']) {
      const answer = await keyPage.request.get(`${origin}${icon}`);
      expect(answer.status(), icon).toBe(200);
      expect(answer.headers()['content-type'], icon).toBe('image/svg+xml');
    }
  } finally {
    await stranger.close();
  }

  // With the key, the app; it stays the app on a reload (the key stays in the address).
  await signIn(page, alysDevice.account);
  await expectSpacesList(page);
  await page.reload();
  await expectSpacesList(page);
});

test('a browser that prefers Welsh sees the Welsh first', async ({ alysDevice, browser }) => {
  await alysDevice.openApp();
  const welsh = await browser.newContext({ locale: 'cy-GB' });
  try {
    const keyPage = await welsh.newPage();
    await keyPage.goto(new URL(alysDevice.appUrl).origin);
    await expect(keyPage.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(keyPage.getByRole('heading', { level: 2 }).first()).toHaveText('Agorwch Branchline o’i gyfeiriad');
    await expectNoAxeViolations(keyPage, 'browser host key, in Welsh');
  } finally {
    await welsh.close();
  }
});
