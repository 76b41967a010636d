import path from 'node:path';
import { APP_SCHEME } from '../../../shared/links';
import type { LinkInbox } from './link-inbox';

/** What link handling needs of Electron's app: the real one in main, a small fake in tests. */
export interface LinkApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
}

/** How this process was started: `process.argv`, `process.execPath`, `process.defaultApp`. */
export type Launch = { argv: string[]; execPath: string; defaultApp: boolean };

/** The `branchline:` argument among a command line's, if any (Windows and Linux pass links this way). */
export function linkInArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.toLowerCase().startsWith(`${APP_SCHEME}:`)) ?? null;
}

/**
 * Makes Branchline the system's handler of `branchline://` links and passes every link the
 * system gives it to the inbox: on Windows and Linux in the command line, at a cold start
 * (`launch.argv`) or to the running app (`second-instance`, which also brings the window
 * forward); on macOS through `open-url`, which can come before `ready`, so this is called
 * before it. Call it in the instance that holds the single-instance lock.
 */
export function installLinkHandling(
  { app }: { app: LinkApp },
  inbox: LinkInbox,
  launch: Launch,
  options: { showWindow(): void; log(message: string): void },
): void {
  // Started as `electron <script>` (not packaged), the system must be told to pass the script too.
  const script = launch.defaultApp ? launch.argv[1] : undefined;
  // Electronegativity asks for a review of every protocol registration: this one only ever reads
  // its links with shared/links.ts (parseAppLink), and a link only ever chooses what the window shows.
  const registered = script
    ? app.setAsDefaultProtocolClient(APP_SCHEME, launch.execPath, [path.resolve(script)]) // eng-disable PROTOCOL_HANDLER_JS_CHECK
    : app.setAsDefaultProtocolClient(APP_SCHEME); // eng-disable PROTOCOL_HANDLER_JS_CHECK
  if (!registered) options.log(`Branchline could not register itself for ${APP_SCHEME}:// links on this system.`);

  app.on('open-url', (event, url) => {
    event.preventDefault();
    inbox.receive(url, 'open-url');
  });
  // Started again, with or without a link the app can open: the window comes forward either way.
  app.on('second-instance', (_event, argv) => {
    const link = linkInArgv(argv);
    if (!link || !inbox.receive(link, 'second-instance')) options.showWindow();
  });
  const atStart = linkInArgv(launch.argv);
  if (atStart) inbox.receive(atStart, 'command line');
}
