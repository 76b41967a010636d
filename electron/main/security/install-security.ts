import { CONTENT_SECURITY_POLICY } from '../../services/security-headers';
import { openExternalSafely } from './open-external';
import { isOwnRendererUrl, type RendererLocation } from './url-policy';

/** A navigation-type event Electron lets us cancel. */
type Cancellable = { preventDefault(): void };
type NavigationListener = (event: Cancellable, url: string) => void;

/** The parts of a web contents the rules attach to. */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: Cancellable & { url: string }, url?: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: Cancellable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron the rules are installed on: the real modules in main, a small fake in tests. */
export interface SecurityTargets {
  app: { on(event: 'web-contents-created', listener: (event: unknown, contents: GuardedContents) => void): unknown };
  session: {
    defaultSession: {
      setPermissionRequestHandler(
        handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
      ): void;
      setPermissionCheckHandler(handler: () => boolean): void;
      webRequest: {
        onHeadersReceived(
          listener: (
            details: { responseHeaders?: Record<string, string[]> },
            callback: (response: { responseHeaders: Record<string, string[]> }) => void,
          ) => void,
        ): void;
      };
    };
  };
  shell: { openExternal(url: string): Promise<void> };
}

/** Adds our Content-Security-Policy to a response's headers (replacing any it had). */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
  );
  return { ...kept, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/**
 * App-wide rules for every web contents: no navigation away from our page (in any frame), no
 * webviews, no new windows (web and mail links go to the system browser), no permissions,
 * and a CSP on every response of the built app.
 */
export function installSecurity({ app, session, shell }: SecurityTargets, location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => {
    const stayOnOurPage: NavigationListener = (event, url) => {
      if (!isOwnRendererUrl(url, location)) event.preventDefault();
    };
    contents.on('will-navigate', (event, url) => stayOnOurPage(event, url ?? event.url));
    contents.on('will-redirect', (event, url) => stayOnOurPage(event, url ?? event.url));
    contents.on('will-frame-navigate', (event) => stayOnOurPage(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternalSafely(shell, url);
      return { action: 'deny' };
    });
  });

  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  // The dev server's hot reload needs inline scripts; the built app gets the strict policy.
  if (location.kind === 'file') {
    defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
    );
  }
}
