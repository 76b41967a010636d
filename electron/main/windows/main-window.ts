import { BrowserWindow } from 'electron';
import type { RendererLocation } from '../security/url-policy';

/** The one app window: isolated, sandboxed, no Node, our preload only. */
export function createMainWindow(options: { preload: string; location: RendererLocation; indexFile: string; devServerUrl?: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 480,
    minHeight: 400,
    show: false,
    title: 'Branchline',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(options.indexFile);
  return window;
}
