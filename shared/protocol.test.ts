import { describe, expect, it } from 'vitest';
import { syncBaseUrl } from './protocol';

describe('syncBaseUrl', () => {
  it('maps http to ws and https to wss, keeping a path prefix', () => {
    expect(syncBaseUrl('http://127.0.0.1:4455')).toBe('ws://127.0.0.1:4455/sync');
    expect(syncBaseUrl('https://branchline.example.org/ascel/')).toBe('wss://branchline.example.org/ascel/sync');
  });

  it('drops any query or fragment', () => {
    expect(syncBaseUrl('http://localhost:1/?token=x#y')).toBe('ws://localhost:1/sync');
  });
});
