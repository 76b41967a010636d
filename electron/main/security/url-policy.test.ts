import { describe, expect, it } from 'vitest';
import { assertTrustedSender } from '../ipc/sender-check';
import { isOwnRendererUrl, rendererLocation } from './url-policy';

const built = rendererLocation('file:///opt/branchline/out/renderer/index.html', undefined);
const dev = rendererLocation('file:///ignored', 'http://localhost:5173/');

describe('renderer URL policy', () => {
  it('accepts only our own page', () => {
    expect(isOwnRendererUrl('file:///opt/branchline/out/renderer/index.html#/doc/1', built)).toBe(true);
    expect(isOwnRendererUrl('file:///opt/branchline/out/renderer/other.html', built)).toBe(false);
    expect(isOwnRendererUrl('file:///etc/passwd', built)).toBe(false);
    expect(isOwnRendererUrl('https://evil.example/index.html', built)).toBe(false);
    expect(isOwnRendererUrl('', built)).toBe(false);
    expect(isOwnRendererUrl(undefined, built)).toBe(false);
    expect(isOwnRendererUrl('http://localhost:5173/any', dev)).toBe(true);
    expect(isOwnRendererUrl('http://localhost:5174/', dev)).toBe(false);
  });

  it('refuses IPC from any other frame', () => {
    expect(() => assertTrustedSender({ url: 'https://evil.example/', parent: null }, built, 'rooms:load')).toThrow(
      /not the Branchline window/,
    );
    expect(() =>
      assertTrustedSender({ url: 'file:///opt/branchline/out/renderer/index.html', parent: {} }, built, 'rooms:load'),
    ).toThrow(/not the Branchline window/);
    expect(() =>
      assertTrustedSender({ url: 'file:///opt/branchline/out/renderer/index.html', parent: null }, built, 'rooms:load'),
    ).not.toThrow();
  });
});
