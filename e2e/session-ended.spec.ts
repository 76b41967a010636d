import { test, expect } from './support/fixtures';
import { arriveAndStartDocument, typeAtEnd } from './support/person-actions';

test('a session ended on the server signs the person out with a plain reason, not a silent "offline"', async ({
  network,
  alysDevice,
}) => {
  const alys = await arriveAndStartDocument(alysDevice, 'Culture offer: artist residencies');
  await typeAtEnd(alys, 'Draft before the reset.');

  // An administrator resets Alys's password, which ends her sessions.
  await network.adminWhileStopped([
    'user',
    'reset-password',
    '--email',
    alysDevice.account.email,
    '--password',
    'a brand new password',
  ]);

  await expect(alys.getByRole('heading', { level: 1, name: 'Sign in to Branchline' })).toBeVisible({ timeout: 30_000 });
  await expect(alys.getByRole('status').filter({ hasText: 'Your session has ended. Sign in again.' })).toBeVisible();
});
