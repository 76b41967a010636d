import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { startHostServices, type HostServices } from '../services/host-services';
import type { EmbeddedServer } from '../services/embedded-server';
import { startUtilityServer } from './embedded-server/utility-server';
import { electronPdfPrinter } from './export/pdf-window';
import { registerIpc, sendToWindows } from './ipc/register-ipc';
import { createLinkInbox, watchPage, withLinkInbox } from './links/link-inbox';
import { installLinkHandling } from './links/protocol';
import { openSecretBox } from './secrets/safe-storage-box';
import { installSecurity } from './security/install-security';
import { openExternalSafely } from './security/open-external';
import { rendererLocation } from './security/url-policy';
import { createMainWindow } from './windows/main-window';

/** Composition root: wires the concerns together; each lives in its own folder. */
const here = import.meta.dirname;
const indexFile = path.join(here, '..', 'renderer', 'index.html');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const location = rendererLocation(pathToFileURL(indexFile).toString(), devServerUrl);

// Tests (and people trying things) can point the app at a throwaway profile.
if (process.env.BRANCHLINE_USER_DATA) app.setPath('userData', path.resolve(process.env.BRANCHLINE_USER_DATA));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: HostServices | null = null;
  let server: EmbeddedServer | null = null;
  const log = (message: string) => console.warn(message);
  const openWindow = () => {
    const window = createMainWindow(
      { BrowserWindow },
      { preload: path.join(here, '..', 'preload', 'index.cjs'), indexFile, devServerUrl },
    );
    watchPage(window.webContents, links);
  };
  const showWindow = () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    if (window) window.focus();
    else if (services) openWindow();
  };
  // Before `ready`: macOS hands over a link that opened the app through 'open-url' before then.
  const links = createLinkInbox({
    deliver: (link) => sendToWindows(BrowserWindow)('app:open-link', { link }),
    showWindow,
    log,
  });
  installLinkHandling({ app }, links, process, { showWindow, log });

  app
    .whenReady()
    .then(async () => {
      installSecurity({ app, session, shell }, location);
      const userData = app.getPath('userData');
      server = await startUtilityServer(path.join(here, 'server.js'), path.join(userData, 'server'));
      services = await startHostServices({
        host: 'electron',
        version: app.getVersion(),
        dataDir: path.join(userData, 'local'),
        secrets: openSecretBox,
        emit: sendToWindows(BrowserWindow),
        openExternal: async (url) => void (await openExternalSafely(shell, url)),
        defaultServer: { url: server.url, demoAccount: server.demoAccount },
        documentFiles: { pdf: electronPdfPrinter() },
      });
      registerIpc({ ipcMain }, withLinkInbox(services.handlers, links), location);
      openWindow();
      app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openWindow());
    })
    .catch((error: unknown) => {
      console.error(`Branchline could not start: ${error instanceof Error ? error.stack : String(error)}`);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Flush the local store and stop the server before the process goes.
  let shuttingDown = false;
  app.on('before-quit', (event) => {
    if (shuttingDown) return;
    shuttingDown = true;
    event.preventDefault();
    void (async () => {
      await services
        ?.close()
        .catch((error: unknown) => console.error(`Could not flush the local store: ${String(error)}`));
      await server?.stop().catch(() => undefined);
      app.exit(0);
    })();
  });
}
