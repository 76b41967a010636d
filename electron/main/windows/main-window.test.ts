import { describe, expect, it } from 'vitest';
import { fakeBrowserWindowClass } from '../testing/fake-electron';
import { createMainWindow } from './main-window';

describe('the app window (createMainWindow on a stand-in BrowserWindow)', () => {
  it('is isolated, sandboxed and without Node, with our preload only', () => {
    const { BrowserWindow, made } = fakeBrowserWindowClass();
    createMainWindow(
      { BrowserWindow },
      { preload: '/app/out/preload/index.cjs', indexFile: '/app/out/renderer/index.html' },
    );
    expect(made).toHaveLength(1);
    expect(made[0]!.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    });
    expect(made[0]!.options.show).toBe(false);
  });

  it('loads the built page (or the dev server), and shows itself once ready', () => {
    const { BrowserWindow, made } = fakeBrowserWindowClass();
    createMainWindow({ BrowserWindow }, { preload: '/p.cjs', indexFile: '/app/out/renderer/index.html' });
    createMainWindow(
      { BrowserWindow },
      { preload: '/p.cjs', indexFile: '/ignored', devServerUrl: 'http://localhost:5173/' },
    );
    expect(made.map((window) => window.loaded)).toEqual([
      ['file:/app/out/renderer/index.html'],
      ['url:http://localhost:5173/'],
    ]);
    expect(made[0]!.shown).toBe(false);
    made[0]!.emit('ready-to-show');
    expect(made[0]!.shown).toBe(true);
  });

  it('takes each title the page sets (the screen it shows), starting as Branchline', () => {
    const { BrowserWindow, made } = fakeBrowserWindowClass();
    createMainWindow({ BrowserWindow }, { preload: '/p.cjs', indexFile: '/app/out/renderer/index.html' });
    expect(made[0]!.title).toBe('Branchline');
    made[0]!.pageTitleUpdated('Summer Reading Challenge plan – Reading Offer network – Branchline');
    expect(made[0]!.title).toBe('Summer Reading Challenge plan – Reading Offer network – Branchline');
    made[0]!.pageTitleUpdated('Spaces – Branchline');
    expect(made[0]!.title).toBe('Spaces – Branchline');
  });
});
