import { app, session, shell } from 'electron';
import { isSafeExternalUrl } from '../../services/open-external';
import { CONTENT_SECURITY_POLICY } from '../../services/security-headers';
import { isOwnRendererUrl, type RendererLocation } from './url-policy';

/**
 * App-wide rules for every web contents: no navigation away from our page, no new windows
 * (web and mail links go to the system browser), no permissions, and a CSP on our pages.
 */
export function installSecurity(location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: { preventDefault(): void }, url: string) => {
      if (!isOwnRendererUrl(url, location)) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  // The dev server's hot reload needs inline scripts; the built app gets the strict policy.
  if (location.kind === 'file') {
    defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
  }
}
