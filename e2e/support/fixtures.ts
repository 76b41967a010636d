import { test as base } from '@playwright/test';
import { LibraryNetwork, alys, sam, type Person } from './library-network';

type Fixtures = {
  /** A fresh server with Alys and Sam as accounts, stopped and removed after the test. */
  network: LibraryNetwork;
  alysDevice: Person;
  samDevice: Person;
};

export const test = base.extend<Fixtures>({
  network: async ({ browser }, use) => {
    const network = await LibraryNetwork.start(browser, [alys, sam]);
    await use(network);
    await network.stop();
  },
  alysDevice: async ({ network }, use) => use(await network.person(alys)),
  samDevice: async ({ network }, use) => use(await network.person(sam)),
});

export { expect } from '@playwright/test';
