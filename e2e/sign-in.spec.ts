import { test, expect } from './support/fixtures';
import { expectSpacesList, openSettings, signIn } from './support/person-actions';

test('a wrong password gets a clear message; the right one signs in; sign out returns to sign-in', async ({
  alysDevice,
}) => {
  const page = await alysDevice.openApp();
  await signIn(page, { email: alysDevice.account.email, password: 'definitely wrong' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/don’t match|don't match/);
  await expect(alert).not.toContainText(/Error:|at .*\.ts|stack/i);

  await signIn(page, alysDevice.account);
  await expectSpacesList(page);

  await openSettings(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Branchline' })).toBeVisible();

  // Signed out stays signed out across a restart.
  await alysDevice.closeApp();
  const reopened = await alysDevice.openApp();
  await expect(reopened.getByRole('heading', { level: 1, name: 'Sign in to Branchline' })).toBeVisible();
});
