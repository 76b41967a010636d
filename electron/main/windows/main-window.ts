import type { BrowserWindowConstructorOptions } from 'electron';

/** What the window needs of Electron's BrowserWindow: the real class in main, a small fake in tests. */
export interface WindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadFile(file: string): Promise<void>;
  loadURL(url: string): Promise<void>;
}
export type WindowClass<W extends WindowLike = WindowLike> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * The one app window: isolated, sandboxed, no Node, our preload only. The options are written
 * out here, in the `new BrowserWindow` call, so Electronegativity reads them as they are. Its
 * title follows the page's (`document.title`, set per screen): 'page-title-updated' is never
 * prevented, so Electron applies each one.
 */
export function createMainWindow<W extends WindowLike>(
  { BrowserWindow }: { BrowserWindow: WindowClass<W> },
  options: { preload: string; indexFile: string; devServerUrl?: string },
): W {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 480,
    minHeight: 400,
    show: false,
    title: 'Branchline',
    webPreferences: {
      // Electronegativity flags every preload for review: this one exposes only the IPC contract's
      // functions (never ipcRenderer), is bundled for the sandbox, and is covered by electron/README.md.
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
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
      // A middle click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(options.indexFile);
  return window;
}
