import { test as base } from '@playwright/test';
import { LibraryNetwork, alys, priya, sam, type NetworkOptions, type Person } from './library-network';

type Fixtures = {
  /** A fresh server with Alys and Sam as accounts, stopped and removed after the test. */
  network: LibraryNetwork;
  alysDevice: Person;
  samDevice: Person;
  /** Priya's device: her account exists only where `networkOptions.moreAccounts` has her. */
  priyaDevice: Person;
};

type Options = {
  /** How the fixture network is set up (its organisation's name, who holds which role); `test.use` changes it. */
  networkOptions: NetworkOptions;
};

export const test = base.extend<Fixtures & Options>({
  networkOptions: [{}, { option: true }],
  network: async ({ browser, networkOptions }, use) => {
    const network = await LibraryNetwork.start(
      browser,
      [alys, sam, ...(networkOptions.moreAccounts ?? [])],
      networkOptions,
    );
    await use(network);
    await network.stop();
  },
  alysDevice: async ({ network }, use) => use(await network.person(alys)),
  samDevice: async ({ network }, use) => use(await network.person(sam)),
  priyaDevice: async ({ network }, use) => use(await network.person(priya)),
});

export { expect } from '@playwright/test';
