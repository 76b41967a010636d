import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { repoRoot } from './support/processes';

/** The Electron binary is fetched by electron's install script, which cannot run where there is no network. */
function electronBinary(): string | null {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test('the desktop app opens signed in to its embedded demo server, in a locked-down window', async () => {
  const binary = electronBinary();
  test.skip(
    !binary,
    'Electron runtime not installed (node_modules/electron/dist is missing; its download needs network). This spec runs where the binary exists.',
  );

  const userData = mkdtempSync(path.join(tmpdir(), 'branchline-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [path.join(repoRoot, 'out', 'main', 'index.js'), '--no-sandbox'],
    env: { ...process.env, BRANCHLINE_USER_DATA: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: /Spaces/ })).toBeVisible({ timeout: 30_000 });
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      // Present at runtime, absent from Electron's type declarations.
      const contents = win.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
      const web = contents.getLastWebPreferences();
      return { contextIsolation: web?.contextIsolation, sandbox: web?.sandbox, nodeIntegration: web?.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');

    // The window's title is the page's, screen by screen.
    const windowTitle = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getTitle());
    await page.evaluate(() => (document.title = 'Summer Reading Challenge plan – Reading Offer network – Branchline'));
    await expect.poll(windowTitle).toBe('Summer Reading Challenge plan – Reading Offer network – Branchline');

    // No link opened the app, so none waits for the window.
    const pending = await page.evaluate(() =>
      (
        window as unknown as { branchline: { links: { takePending(): Promise<unknown> } } }
      ).branchline.links.takePending(),
    );
    expect(pending).toBeNull();
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
