import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcEvents } from '../../../shared/ipc/contract';
import { appLink, documentLink, type AppLink } from '../../../shared/links';
import { inviteLink } from '../../../shared/spaces/invite-link';
import { startTestHost, tempDir } from '../../services/testing/host';
import { registerIpc, sendToWindows } from '../ipc/register-ipc';
import { rendererLocation } from '../security/url-policy';
import { fakeIpcMain, fakeLinkApp, FakeWebContents } from '../testing/fake-electron';
import { createLinkInbox, watchPage, withLinkInbox } from './link-inbox';
import { installLinkHandling, linkInArgv, type Launch } from './protocol';

const server = 'https://libraries.example/branchline';
const documentUrl = documentLink(server, 'dSummer2025');
const opened: AppLink = { kind: 'document', serverUrl: server, documentId: 'dSummer2025' };
const code = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE';
const packaged: Launch = {
  argv: ['/opt/Branchline/branchline'],
  execPath: '/opt/Branchline/branchline',
  defaultApp: false,
};

/** Main's link handling on a stand-in app, with what reached the window and what was logged. */
function linkHandling(launch: Launch = packaged) {
  const electron = fakeLinkApp();
  const delivered: unknown[] = [];
  const logged: string[] = [];
  let shown = 0;
  const showWindow = () => void (shown += 1);
  const log = (message: string) => void logged.push(message);
  const sent = sendToWindows({
    getAllWindows: () => [{ isDestroyed: () => false, webContents: { send: (...args) => void delivered.push(args) } }],
  });
  const inbox = createLinkInbox({ deliver: (link) => sent('app:open-link', { link }), showWindow, log });
  return {
    electron,
    inbox,
    delivered,
    logged,
    shown: () => shown,
    install: () => installLinkHandling(electron, inbox, launch, { showWindow, log }),
  };
}

describe('branchline:// links in the main process (on a stand-in Electron app)', () => {
  it('registers the app for branchline://, with the script when run unpackaged, and says when the system refuses', () => {
    const packagedApp = linkHandling();
    packagedApp.install();
    expect(packagedApp.electron.registered).toEqual([{ protocol: 'branchline' }]);

    const dev = linkHandling({
      argv: ['/usr/bin/electron', 'out/main/index.js'],
      execPath: '/usr/bin/electron',
      defaultApp: true,
    });
    dev.install();
    expect(dev.electron.registered).toEqual([
      { protocol: 'branchline', path: '/usr/bin/electron', args: [path.resolve('out/main/index.js')] },
    ]);

    const refused = linkHandling();
    refused.electron.refuseRegistration();
    refused.install();
    expect(refused.logged).toEqual([expect.stringContaining('could not register')]);
  });

  it('keeps a link from the command line at a cold start until the window asks for it, once', () => {
    const app = linkHandling({ ...packaged, argv: [...packaged.argv, '--no-sandbox', appLink(documentUrl)] });
    app.install();
    expect(app.delivered).toEqual([]);
    expect(app.inbox.take()).toEqual(opened);
    expect(app.inbox.take()).toBeNull();
  });

  it('takes macOS’s open-url, which can come before the app is ready, and keeps it for the window', () => {
    const app = linkHandling();
    app.install();
    expect(app.electron.openUrl(appLink(inviteLink(server, code)))).toBe(true);
    expect(app.delivered).toEqual([]);
    expect(app.inbox.take()).toEqual({ kind: 'invite', serverUrl: server, code });
  });

  it('sends a link to the window that listens as app:open-link, and brings the window forward', () => {
    const app = linkHandling();
    app.install();
    expect(app.inbox.take()).toBeNull(); // the window has subscribed and asked
    app.electron.secondInstance(['/opt/Branchline/branchline', appLink(documentUrl)]);
    expect(app.delivered).toEqual([['app:open-link', { link: opened }]]);
    expect(ipcEvents['app:open-link'].parse({ link: opened })).toEqual({ link: opened });
    expect(app.shown()).toBe(1);
    expect(app.inbox.take()).toBeNull();

    // Started again without a link: only the window comes forward.
    app.electron.secondInstance(['/opt/Branchline/branchline']);
    expect(app.delivered).toHaveLength(1);
    expect(app.shown()).toBe(2);
  });

  it('ignores, and logs, anything that is not a document or invite link', () => {
    const app = linkHandling();
    app.install();
    for (const text of [
      'branchline://elsewhere?link=' + encodeURIComponent(documentUrl),
      'branchline://open?link=' + encodeURIComponent('javascript:alert(1)//d/dSummer2025'),
      'branchline://open?link=' + encodeURIComponent('file:///etc/d/dSummer2025'),
      'branchline://open',
    ]) {
      expect(app.electron.openUrl(text)).toBe(true);
    }
    app.electron.secondInstance(['/opt/Branchline/branchline', 'BRANCHLINE:nonsense']);
    expect(app.shown()).toBe(1); // started again: the window comes forward, with nothing to open
    expect(app.inbox.take()).toBeNull();
    expect(app.delivered).toEqual([]);
    expect(app.logged).toHaveLength(5);
    expect(app.logged.every((line) => line.startsWith('Ignored a link Branchline cannot open'))).toBe(true);
  });

  it('holds links again while the page loads anew, is gone or crashed, but not on a change of screen', () => {
    const app = linkHandling();
    app.install();
    const contents = new FakeWebContents();
    watchPage(contents, app.inbox);
    app.inbox.take();

    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    app.electron.openUrl(appLink(documentUrl));
    expect(app.delivered).toHaveLength(1);

    for (const going of [
      () => contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false }),
      () => contents.emit('render-process-gone'),
      () => contents.emit('destroyed'),
    ]) {
      going();
      app.electron.openUrl(appLink(documentUrl));
      expect(app.delivered).toHaveLength(1);
      expect(app.inbox.take()).toEqual(opened);
    }
  });

  it('finds the link among the command line’s arguments, whatever its case', () => {
    expect(linkInArgv(['app', '--flag', 'BranchLine://open?link=x'])).toBe('BranchLine://open?link=x');
    expect(linkInArgv(['app', 'https://libraries.example/d/dSummer2025'])).toBeNull();
  });
});

describe('links over IPC in main (registerIpc with the real host handlers and the inbox)', () => {
  let dataDir: string;
  let host: Awaited<ReturnType<typeof startTestHost>>;
  const location = rendererLocation('file:///opt/branchline/out/renderer/index.html', undefined);
  const topFrame = { senderFrame: { url: 'file:///opt/branchline/out/renderer/index.html', parent: null } };

  beforeAll(async () => {
    dataDir = await tempDir('main-links');
    host = await startTestHost(dataDir);
  });
  afterAll(async () => {
    await host.services.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers links.takePending from the inbox, and links.resolve from the services', async () => {
    const app = linkHandling({ ...packaged, argv: [...packaged.argv, appLink(documentUrl)] });
    app.install();
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc({ ipcMain }, withLinkInbox(host.handlers, app.inbox), location);
    const takePending = handlers.get('links:takePending')!;
    await expect(takePending(topFrame, undefined)).resolves.toEqual({ link: opened });
    await expect(takePending(topFrame, undefined)).resolves.toBeNull();
    await expect(handlers.get('links:resolve')!(topFrame, { link: appLink(documentUrl) })).resolves.toEqual({
      ok: true,
      value: { ...opened, serverId: null },
    });
    await expect(
      takePending({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined),
    ).rejects.toThrow(/not the Branchline window/);
  });
});
