import { describe, expect, it } from 'vitest';
import { appLink, documentLink, parseAppLink } from './links';
import { inviteLink } from './spaces/invite-link';

const code = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE';

describe('app links', () => {
  it('read a document link, with or without a base path, bare or wrapped in branchline://', () => {
    const link = documentLink('https://lib.example/branchline/', 'dAbc12345');
    expect(link).toBe('https://lib.example/branchline/d/dAbc12345');
    const expected = { kind: 'document', serverUrl: 'https://lib.example/branchline', documentId: 'dAbc12345' };
    expect(parseAppLink(link)).toEqual(expected);
    expect(parseAppLink(`  ${appLink(link)} `)).toEqual(expected);
    expect(parseAppLink('BRANCHLINE://open?link=' + encodeURIComponent(link))).toEqual(expected);
  });

  it('read an invite link the same way', () => {
    const link = inviteLink('http://127.0.0.1:4455', code);
    expect(parseAppLink(link)).toEqual({ kind: 'invite', serverUrl: 'http://127.0.0.1:4455', code });
    expect(parseAppLink(appLink(link))).toEqual({ kind: 'invite', serverUrl: 'http://127.0.0.1:4455', code });
  });

  it('refuse anything else', () => {
    for (const text of [
      '',
      'hello',
      code,
      'javascript:alert(1)//d/dAbc12345',
      'file:///d/dAbc12345',
      'https://x.example/d/../etc',
      'https://x.example/d/a',
      'https://x.example/other/dAbc12345',
      'branchline://elsewhere?link=' + encodeURIComponent('https://x.example/d/dAbc12345'),
      'branchline://open?link=' + encodeURIComponent('branchline://open?link=https%3A%2F%2Fx.example%2Fd%2FdAbc12345'),
      'branchline://open',
      'https://x.example/d/' + 'a'.repeat(3000),
    ]) {
      expect(parseAppLink(text), text).toBeNull();
    }
  });
});
