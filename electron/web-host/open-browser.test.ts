import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOpener, startOpener } from './open-browser';

const url = 'http://127.0.0.1:41234/?key=AbC-d_e';

describe('opening the browser host in the person’s browser', () => {
  it('uses the system’s own opener on each platform', () => {
    expect(browserOpener(url, 'darwin', {})).toEqual({ command: 'open', args: [url] });
    expect(browserOpener(url, 'win32', {})).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', url],
      windowsVerbatimArguments: true,
    });
    expect(browserOpener('http://h/?a=1&b=2', 'win32', {})?.args.at(-1)).toBe('http://h/?a=1^&b=2');
    expect(browserOpener(url, 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [url] });
  });

  it('does not try where there is no display to open a browser on', () => {
    expect(browserOpener(url, 'linux', {})).toBeNull();
    expect(browserOpener(url, 'freebsd', {})).toBeNull();
  });

  it('says it started only when the opener did, and never throws or waits for it', async () => {
    expect(await startOpener(null)).toBe(false);
    expect(await startOpener({ command: 'branchline-no-such-opener', args: [url] })).toBe(false);
    // An opener that takes its time, then leaves a mark: started, and not waited on.
    const mark = path.join(await mkdtemp(path.join(tmpdir(), 'branchline-opener-')), 'opened');
    const script = `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(mark)}, ''), 1500)`;
    expect(await startOpener({ command: process.execPath, args: ['-e', script] })).toBe(true);
    expect(existsSync(mark)).toBe(false);
    await expect.poll(() => existsSync(mark), { timeout: 15_000 }).toBe(true);
    await rm(path.dirname(mark), { recursive: true, force: true });
  });
});
