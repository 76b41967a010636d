import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { TcpProxy } from '../../server/testing/tcp-proxy';
import { runTsCommand, startTsProcess, stopProcess } from './processes';

export type Account = { name: string; email: string; password: string };

/**
 * One person at their own computer: their own browser-host install (own data folder, like
 * their own laptop), reaching the shared server through their own cuttable network.
 */
/** One room-log fsync on a person's device, as their host reported it (see electron/README.md). */
export type DurableWrite = {
  room: string;
  file: string;
  length: number;
  records: number;
  firstAppendAt: number;
  writeStartedAt: number;
  at: number;
};

export class Person {
  context: BrowserContext | null = null;
  page!: Page;
  /** The address of their running app (with its launch key), for opening another window on it. */
  appUrl = '';
  /** Every fsync of a room log since the app was opened with `traceWrites`. */
  readonly durableWrites: DurableWrite[] = [];
  private host: ChildProcess | null = null;

  constructor(
    readonly account: Account,
    readonly dataDir: string,
    readonly network: TcpProxy,
    private readonly browser: Browser,
  ) {}

  /** This device's local store: branchline.json, and servers/<id>/rooms/*.ylog. */
  get localStoreDir(): string {
    return path.join(this.dataDir, 'local');
  }

  /** Starts their app (browser host + page) on whatever data their device already holds. */
  async openApp(options: { locale?: string; traceWrites?: boolean } = {}): Promise<Page> {
    const { child, readyValue } = await startTsProcess(
      'electron/web-host/cli.ts',
      // Servers not on screen are asked for news every second, so a flow sees a dot come up promptly.
      [
        '--data',
        this.dataDir,
        '--server',
        this.network.url,
        '--port',
        '0',
        '--activity-poll-seconds',
        '1',
        '--ready-line',
      ],
      'BRANCHLINE_WEB_READY',
      options.traceWrites
        ? {
            env: { BRANCHLINE_TRACE_DURABLE: '1' },
            onStdoutLine: (line) =>
              line.startsWith('BRANCHLINE_DURABLE ') &&
              this.durableWrites.push(JSON.parse(line.slice(19)) as DurableWrite),
          }
        : {},
    );
    this.host = child;
    this.appUrl = readyValue;
    return this.openWindow(options);
  }

  /** A new window on the app that is already running (as Electron reopens one after a renderer crash). */
  async openWindow(options: { locale?: string } = {}): Promise<Page> {
    this.context = await this.browser.newContext({ locale: options.locale ?? 'en-GB' });
    this.page = await this.context.newPage();
    await this.page.goto(this.appUrl);
    return this.page;
  }

  /** Closes the app the way a person does: the window, then the host process, cleanly. */
  async closeApp(): Promise<void> {
    await this.context?.close();
    this.context = null;
    if (this.host) await stopProcess(this.host);
    this.host = null;
  }

  /** The window's renderer process dies at once (Chromium's own crash), with no chance to save anything. */
  async crashWindow(): Promise<void> {
    const page = this.page;
    const cdp = await page.context().newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await this.context?.close();
    this.context = null;
  }

  /** The whole app process is killed (SIGKILL: no flush, no shutdown), then its orphaned window closed. */
  async killApp(): Promise<void> {
    if (this.host) await stopProcess(this.host, 'SIGKILL');
    this.host = null;
    await this.context?.close();
    this.context = null;
  }

  goOffline(): void {
    this.network.cut();
  }

  goOnline(): void {
    this.network.restore();
  }
}

/** The space every fixture network has, with Alys as admin and Sam as member. */
export const SHARED_SPACE = 'North West Reading Network';

export type NetworkOptions = {
  organisation?: string;
  /** Accounts beside Alys and Sam (in SHARED_SPACE when `roles` names them). */
  moreAccounts?: Account[];
  /** Who is in SHARED_SPACE, and how; by default the first account is admin and the rest members. */
  roles?: Record<string, 'admin' | 'moderator' | 'member' | 'observer'>;
};

/**
 * A real server process with real accounts, and the people who use it. The first account is
 * a server admin; everyone starts in SHARED_SPACE.
 */
export class LibraryNetwork {
  private readonly people: Person[] = [];
  private server: ChildProcess | null = null;
  serverUrl = '';

  private constructor(
    private readonly root: string,
    private readonly browser: Browser,
  ) {}

  static async start(browser: Browser, accounts: Account[], options: NetworkOptions = {}): Promise<LibraryNetwork> {
    const root = await mkdtemp(path.join(tmpdir(), 'branchline-e2e-'));
    const network = new LibraryNetwork(root, browser);
    const serverData = path.join(root, 'server');
    const cli = (...args: string[]) => runTsCommand('server/cli.ts', [...args, '--data', serverData]);
    for (const [index, account] of accounts.entries()) {
      await cli(
        'user',
        'add',
        '--email',
        account.email,
        '--name',
        account.name,
        '--password',
        account.password,
        ...(index === 0 ? ['--server-admin'] : []),
      );
    }
    if (options.organisation) await cli('organisation', 'set', '--name', options.organisation);
    const roles =
      options.roles ??
      Object.fromEntries(accounts.map((account, index) => [account.email, index === 0 ? 'admin' : 'member']));
    if (Object.keys(roles).length > 0) {
      await cli(
        'space',
        'add',
        '--name',
        SHARED_SPACE,
        ...Object.entries(roles).flatMap(([email, role]) => [`--${role}`, email]),
      );
    }
    await network.startServer(0);
    return network;
  }

  private get serverData(): string {
    return path.join(this.root, 'server');
  }

  private async startServer(port: number): Promise<void> {
    const { child, readyValue } = await startTsProcess(
      'server/cli.ts',
      ['serve', '--host', '127.0.0.1', '--port', String(port), '--data', this.serverData],
      'BRANCHLINE_READY',
    );
    this.server = child;
    this.serverUrl = readyValue;
  }

  /** Stops the server, runs an admin command on its data, and starts it again on the same port. */
  async adminWhileStopped(args: string[]): Promise<void> {
    if (this.server) await stopProcess(this.server);
    await runTsCommand('server/cli.ts', [...args, '--data', this.serverData]);
    await this.startServer(Number(new URL(this.serverUrl).port));
  }

  /** Stops the server and starts it again on the same port, with the same data (people's sockets drop and come back). */
  async restartServer(): Promise<void> {
    if (this.server) await stopProcess(this.server);
    await this.startServer(Number(new URL(this.serverUrl).port));
  }

  /** A person with their own device; the app is not opened yet. */
  async person(account: Account): Promise<Person> {
    const port = Number(new URL(this.serverUrl).port);
    const proxy = new TcpProxy(port);
    await proxy.start();
    const person = new Person(account, path.join(this.root, `device-${this.people.length}`), proxy, this.browser);
    this.people.push(person);
    return person;
  }

  async stop(): Promise<void> {
    for (const person of this.people) {
      await person.closeApp().catch(() => undefined);
      await person.network.stop();
    }
    if (this.server) await stopProcess(this.server);
    await rm(this.root, { recursive: true, force: true });
  }
}

export const alys: Account = {
  name: 'Alys Pritchard',
  email: 'alys@gwynedd.example',
  password: 'correct horse battery',
};
export const sam: Account = { name: 'Sam Okafor', email: 'sam@leeds.example', password: 'staple paper lantern' };
/** Someone with no account yet: they arrive by invite. */
export const rhian: Account = {
  name: 'Rhian Davies',
  email: 'rhian@ceredigion.example',
  password: 'kettle meadow harbour',
};
export const priya: Account = { name: 'Priya Shah', email: 'priya@kent.example', password: 'orchard violin pebble' };
