import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { GuardedContents, SecurityTargets } from '../security/install-security';
import type { IpcMainLike } from '../ipc/register-ipc';
import type { LinkApp } from '../links/protocol';

/**
 * A small stand-in for the parts of Electron that main wires its rules into (there is no
 * Electron binary here). It keeps what main registered and fires events the way Electron
 * does, so tests drive main's real code and read its real decisions.
 */

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter implements GuardedContents {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires a navigation event as Electron does; true when main cancelled it. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    let cancelled = false;
    const details = { url, preventDefault: () => void (cancelled = true) };
    if (event === 'will-frame-navigate') this.emit(event, details);
    else this.emit(event, details, url);
    return cancelled;
  }

  attachWebview(): boolean {
    let cancelled = false;
    this.emit('will-attach-webview', { preventDefault: () => void (cancelled = true) });
    return cancelled;
  }
}

export function fakeSecurityTargets() {
  const app = new EventEmitter();
  const opened: string[] = [];
  const registered: {
    permissionRequest?: Listener;
    permissionCheck?: Listener;
    headers?: (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
  } = {};
  const targets: SecurityTargets = {
    app,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler) => void (registered.permissionRequest = handler as Listener),
        setPermissionCheckHandler: (handler) => void (registered.permissionCheck = handler),
        webRequest: { onHeadersReceived: (listener) => void (registered.headers = listener) },
      },
    },
    shell: { openExternal: async (url) => void opened.push(url) },
  };
  return {
    targets,
    opened,
    registered,
    /** A new web contents, as Electron announces one to the app. */
    newContents(): FakeWebContents {
      const contents = new FakeWebContents();
      app.emit('web-contents-created', {}, contents);
      return contents;
    },
  };
}

export function fakeIpcMain() {
  const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  return { ipcMain, handlers };
}

export function fakeBrowserWindowClass() {
  const made: Array<{
    options: BrowserWindowConstructorOptions;
    loaded: string[];
    shown: boolean;
    title: string;
    emit(event: string): void;
    /** The page set `document.title`: Electron's 'page-title-updated', then the title unless prevented. */
    pageTitleUpdated(title: string): void;
  }> = [];
  class BrowserWindow {
    private readonly events = new EventEmitter();
    readonly record: (typeof made)[number];
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = {
        options,
        loaded: [],
        shown: false,
        title: options.title ?? '',
        emit: (event) => this.events.emit(event),
        pageTitleUpdated: (title) => {
          let prevented = false;
          this.events.emit('page-title-updated', { preventDefault: () => void (prevented = true) }, title, true);
          if (!prevented) this.record.title = title;
        },
      };
      made.push(this.record);
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      this.events.once(event, listener);
      return this;
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.events.on(event, listener);
      return this;
    }
    show() {
      this.record.shown = true;
    }
    async loadFile(file: string) {
      this.record.loaded.push(`file:${file}`);
    }
    async loadURL(url: string) {
      this.record.loaded.push(`url:${url}`);
    }
  }
  return { BrowserWindow, made };
}

/** Electron's app as link handling uses it: what was registered, and the system's link events. */
export function fakeLinkApp() {
  const events = new EventEmitter();
  const registered: Array<{ protocol: string; path?: string; args?: string[] }> = [];
  let registers = true;
  const app: LinkApp = {
    setAsDefaultProtocolClient(protocol, path, args) {
      registered.push({ protocol, ...(path === undefined ? {} : { path }), ...(args === undefined ? {} : { args }) });
      return registers;
    },
    on: (event: string, listener: (...args: never[]) => unknown) => events.on(event, listener as Listener),
  };
  return {
    app,
    registered,
    /** The system refuses the registration (as a locked-down desktop may). */
    refuseRegistration: () => void (registers = false),
    /** macOS: the system opens a link with the app; true when main took it (prevented the default). */
    openUrl(url: string): boolean {
      let prevented = false;
      events.emit('open-url', { preventDefault: () => void (prevented = true) }, url);
      return prevented;
    },
    /** Windows and Linux: the app is started again, with this command line, while it runs. */
    secondInstance: (argv: string[]) => events.emit('second-instance', {}, argv),
  };
}
