import { describe, expect, it } from 'vitest';
import { normaliseLinkUrl } from './link-url';

describe('normaliseLinkUrl', () => {
  it('keeps web and mail links, and adds https to a bare domain', () => {
    expect(normaliseLinkUrl('https://librariesconnected.org.uk')).toBe('https://librariesconnected.org.uk/');
    expect(normaliseLinkUrl('ascel.org.uk/about')).toBe('https://ascel.org.uk/about');
    expect(normaliseLinkUrl('mailto:info@example.org')).toBe('mailto:info@example.org');
  });

  it('refuses script, file and other schemes', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', '', '   '])
      expect(normaliseLinkUrl(bad)).toBeNull();
  });
});
