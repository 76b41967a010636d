import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../services/security-headers';
import { fakeSecurityTargets } from '../testing/fake-electron';
import { installSecurity, withContentSecurityPolicy } from './install-security';
import { rendererLocation } from './url-policy';

const built = rendererLocation('file:///opt/branchline/out/renderer/index.html', undefined);
const ownPage = 'file:///opt/branchline/out/renderer/index.html#/spaces';

function installed(location = built) {
  const electron = fakeSecurityTargets();
  installSecurity(electron.targets, location);
  return electron;
}

describe('main process security rules (installSecurity on a stand-in for Electron)', () => {
  it('keeps every frame of every web contents on our page, and refuses webviews', () => {
    const contents = installed().newContents();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      expect(contents.navigate(event, 'https://evil.example/login'), event).toBe(true);
      expect(contents.navigate(event, 'file:///etc/passwd'), event).toBe(true);
      expect(contents.navigate(event, 'javascript:alert(1)'), event).toBe(true);
      expect(contents.navigate(event, ownPage), event).toBe(false);
    }
    expect(contents.attachWebview()).toBe(true);
  });

  it('opens no window; web and mail links go to the system browser, nothing else does', () => {
    const electron = installed();
    const contents = electron.newContents();
    for (const url of [
      'https://www.librariesconnected.org.uk/',
      'mailto:committee@example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'not a url',
    ]) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.opened).toEqual(['https://www.librariesconnected.org.uk/', 'mailto:committee@example.org']);
  });

  it('refuses every permission request and check', () => {
    const { registered } = installed();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      registered.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(registered.permissionCheck?.()).toBe(false);
  });

  it('puts the strict CSP on every response of the built app, replacing any other', () => {
    const { registered } = installed();
    let headers: Record<string, string[]> | undefined;
    registered.headers?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    // The dev server's hot reload needs inline script, so it alone goes without.
    expect(installed(rendererLocation('file:///x', 'http://localhost:5173/')).registered.headers).toBeUndefined();
  });

  it('has a CSP that allows only our own scripts and no plugins, framing, base or form targets', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors'])
      expect(directives[name], name).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|'unsafe-inline'.*script|\*/);
  });
});
