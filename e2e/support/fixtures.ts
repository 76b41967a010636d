import { test as base } from '@playwright/test';
import { LibraryNetwork, alys, sam, type NetworkOptions, type Person } from './library-network';

type Fixtures = {
  /** A fresh server with Alys and Sam as accounts, stopped and removed after the test. */
  network: LibraryNetwork;
  alysDevice: Person;
  samDevice: Person;
};

type Options = {
  /** How the fixture network is set up (its organisation's name, who holds which role); `test.use` changes it. */
  networkOptions: NetworkOptions;
};

export const test = base.extend<Fixtures & Options>({
  networkOptions: [{}, { option: true }],
  network: async ({ browser, networkOptions }, use) => {
    const network = await LibraryNetwork.start(browser, [alys, sam], networkOptions);
    await use(network);
    await network.stop();
  },
  alysDevice: async ({ network }, use) => use(await network.person(alys)),
  samDevice: async ({ network }, use) => use(await network.person(sam)),
});

export { expect } from '@playwright/test';
