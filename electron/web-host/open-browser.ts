import { spawn } from 'node:child_process';

export type Opener = { command: string; args: string[]; windowsVerbatimArguments?: boolean };

/**
 * The system's own way to open an address in the person's browser, or null where there is
 * none to try (a Linux or BSD session without a display: a server, a container, SSH).
 */
export function browserOpener(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): Opener | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; "" is its window title, and & would end the command.
  if (platform === 'win32')
    return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')], windowsVerbatimArguments: true };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/**
 * Starts the opener and lets it go (detached, never waited on). True once it has started;
 * false when there is none, or it is missing or cannot run. Never throws.
 */
export function startOpener(opener: Opener | null): Promise<boolean> {
  if (!opener) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const child = spawn(opener.command, opener.args, {
        detached: true,
        stdio: 'ignore',
        windowsHide: true,
        windowsVerbatimArguments: opener.windowsVerbatimArguments,
      });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}

/** Opens `url` in the person's browser where the system can; true when the opener started. */
export function openInBrowser(url: string): Promise<boolean> {
  return startOpener(browserOpener(url, process.platform, process.env));
}
