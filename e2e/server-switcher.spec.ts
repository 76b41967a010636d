import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { alys as alysAccount, LibraryNetwork } from './support/library-network';
import {
  arrive,
  chooseLanguage,
  createDocument,
  editor,
  expectConnection,
  openDocument,
  typeAtEnd,
} from './support/person-actions';
import { documentLogs } from './support/stored-document';
import { expectNoEnglish } from './support/visible-strings';

const LIBRARIES_CONNECTED = 'Libraries Connected North West';
const ASCEL = 'ASCEL Cymru';

test.use({ networkOptions: { organisation: LIBRARIES_CONNECTED } });

function switcher(page: Page) {
  return page.getByRole('navigation', { name: /^(Servers|Gweinyddion)$/ });
}

function serverButton(page: Page, organisation: string) {
  return switcher(page).getByRole('link', { name: new RegExp(`^${organisation}`) });
}

/** How many document logs the device keeps for each server it has a local store for. */
async function localStores(device: { localStoreDir: string }): Promise<number[]> {
  return (await documentLogs(device.localStoreDir)).map((logs) => logs.length);
}

test('one person signed in to two servers: a switcher, a dot for news elsewhere, and a local store for each', async ({
  browser,
  alysDevice,
  samDevice,
}) => {
  const ascel = await LibraryNetwork.start(browser, [alysAccount], { organisation: ASCEL });
  try {
    const alys = await arrive(alysDevice);
    await expect(alys.getByRole('heading', { level: 1 })).toHaveText(`Spaces in ${LIBRARIES_CONNECTED}`);
    await expect(serverButton(alys, LIBRARIES_CONNECTED)).toHaveAttribute('aria-current', 'true');

    // She adds her ASCEL server beside it.
    await switcher(alys).getByRole('link', { name: 'Add a server' }).click();
    await expect(alys.getByRole('heading', { level: 1, name: 'Sign in to another server' })).toBeFocused();
    await expectNoAxeViolations(alys, 'adding a server');
    await alys.getByLabel('Server address').fill(ascel.serverUrl);
    await alys.getByLabel('Email').fill(alysAccount.email);
    await alys.getByLabel('Password', { exact: true }).fill(alysAccount.password);
    await alys.getByRole('button', { name: 'Sign in' }).click();
    await expect(alys.getByRole('heading', { level: 1 })).toHaveText(`Spaces in ${ASCEL}`);
    await expect(serverButton(alys, ASCEL)).toHaveAttribute('aria-current', 'true');
    await expect(serverButton(alys, LIBRARIES_CONNECTED)).not.toHaveAttribute('aria-current', 'true');
    await createDocument(alys, 'Summer Reading Challenge in Welsh libraries');
    await openDocument(alys, 'Summer Reading Challenge in Welsh libraries');
    await typeAtEnd(alys, 'Sialens Ddarllen yr Haf: launch in every county.');

    // While she is on ASCEL, Sam writes on Libraries Connected: its entry gets a dot, said in words too.
    const sam = await arrive(samDevice);
    await createDocument(sam, 'Reading Friends: volunteer training');
    await openDocument(sam, 'Reading Friends: volunteer training');
    await typeAtEnd(sam, 'Sam: training dates for the spring.');
    await expect(serverButton(alys, LIBRARIES_CONNECTED)).toHaveAccessibleName(
      `${LIBRARIES_CONNECTED} (new activity)`,
      { timeout: 15_000 },
    );
    await expect(serverButton(alys, ASCEL)).toHaveAccessibleName(ASCEL);
    await expectNoAxeViolations(alys, 'editor, with news on another server');

    // Choosing it shows its spaces; its news counts as seen.
    await serverButton(alys, LIBRARIES_CONNECTED).click();
    await expect(alys.getByRole('heading', { level: 1 })).toHaveText(`Spaces in ${LIBRARIES_CONNECTED}`);
    await expect(serverButton(alys, LIBRARIES_CONNECTED)).toHaveAccessibleName(LIBRARIES_CONNECTED);
    await openDocument(alys, 'Reading Friends: volunteer training');
    await expect(editor(alys)).toContainText('Sam: training dates for the spring.');

    // Each server has its own local store on her device: one room log in each.
    await expect.poll(() => localStores(alysDevice)).toEqual([1, 1]);

    // Her network to Libraries Connected drops: ASCEL carries on online, and each server's documents open from its own store.
    alysDevice.goOffline();
    await expectConnection(alys, 'offline');
    await serverButton(alys, ASCEL).click();
    await openDocument(alys, 'Summer Reading Challenge in Welsh libraries');
    await expectConnection(alys, 'online');
    await expect(editor(alys)).toContainText('Sialens Ddarllen yr Haf: launch in every county.');
    await serverButton(alys, LIBRARIES_CONNECTED).click();
    await expect(
      alys.getByText('You’re offline, so these are your spaces as this device last saw them.'),
    ).toBeVisible();
    await openDocument(alys, 'Reading Friends: volunteer training');
    await expectConnection(alys, 'offline');
    await expect(editor(alys)).toContainText('Sam: training dates for the spring.');
    alysDevice.goOnline();
    await expectConnection(alys, 'online');

    // The switcher speaks Welsh too.
    await serverButton(alys, ASCEL).click();
    await typeAtEnd(sam, ' And the autumn.');
    await expect(serverButton(alys, LIBRARIES_CONNECTED)).toHaveAccessibleName(
      `${LIBRARIES_CONNECTED} (new activity)`,
      { timeout: 15_000 },
    );
    await chooseLanguage(alys, 'Cymraeg');
    await alys.getByRole('button', { name: 'Cau’r gosodiadau' }).click();
    await expect(serverButton(alys, LIBRARIES_CONNECTED)).toHaveAccessibleName(
      `${LIBRARIES_CONNECTED} (gweithgarwch newydd)`,
    );
    await expectNoEnglish(alys, 'spaces, with the switcher');
  } finally {
    await ascel.stop();
  }
});
