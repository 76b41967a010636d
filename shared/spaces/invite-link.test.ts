import { describe, expect, it } from 'vitest';
import { inviteLink, parseInvite } from './invite-link';

const code = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE';

describe('invite links', () => {
  it('round-trips a link, with or without a base path, and reads a bare code', () => {
    expect(parseInvite(inviteLink('https://branchline.example/', code))).toEqual({
      serverUrl: 'https://branchline.example',
      code,
    });
    expect(parseInvite(inviteLink('http://127.0.0.1:4455/team', code))).toEqual({
      serverUrl: 'http://127.0.0.1:4455/team',
      code,
    });
    expect(parseInvite(`  ${code}\n`)).toEqual({ serverUrl: null, code });
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      'hello',
      `javascript:alert(1)//join/${code}`,
      `file:///join/${code}`,
      `https://x.example/join/short`,
      `https://x.example/other/${code}`,
      'x'.repeat(3000),
    ]) {
      expect(parseInvite(text)).toBeNull();
    }
  });
});
