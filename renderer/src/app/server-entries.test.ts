import { describe, expect, it } from 'vitest';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { labelInitials, nextEndedSessions, serverLabel, shownServer } from './server-entries';

const user = {
  id: 'user-alys-1',
  email: 'alys@gwynedd.example',
  name: 'Alys',
  initials: 'AP',
  color: '#1d6fa5',
  service: '',
  region: '',
};
const entry = (id: string, changes: Partial<ServerEntry> = {}): ServerEntry => ({
  id,
  url: `http://${id}.example:4455`,
  isDefault: false,
  isActive: false,
  organisation: null,
  user: null,
  serverAdmin: false,
  hasActivity: false,
  ...changes,
});

describe('shownServer', () => {
  it('is the active server, even when signed out there (sign-in shows for it)', () => {
    expect(shownServer([entry('a', { user }), entry('b', { isActive: true })])?.id).toBe('b');
  });

  it('falls back to a signed-in server, then the default, then nothing', () => {
    expect(shownServer([entry('a'), entry('b', { user })])?.id).toBe('b');
    expect(shownServer([entry('a'), entry('b', { isDefault: true })])?.id).toBe('b');
    expect(shownServer([])).toBeNull();
  });
});

describe('nextEndedSessions', () => {
  it('marks a session that ended by itself, not one the person signed out of', () => {
    const before = [entry('a', { user }), entry('b', { user })];
    const after = [entry('a'), entry('b')];
    expect([...nextEndedSessions(before, after, new Set(), new Set(['b']))]).toEqual(['a']);
  });

  it('clears the mark when the person signs in again', () => {
    expect([...nextEndedSessions([entry('a')], [entry('a', { user })], new Set(['a']), new Set())]).toEqual([]);
  });
});

describe('server labels', () => {
  it('name a server by its organisation, else its address', () => {
    expect(serverLabel({ organisation: { name: 'Gwynedd Libraries' }, url: 'http://x' })).toBe('Gwynedd Libraries');
    expect(serverLabel({ organisation: null, url: 'https://libraries.example.org/branchline' })).toBe(
      'libraries.example.org',
    );
  });

  it('give an avatar up to two initials', () => {
    expect(labelInitials('Gwynedd Libraries')).toBe('GL');
    expect(labelInitials('Llyfrgelloedd Ceredigion a Phowys')).toBe('LC');
    expect(labelInitials('127.0.0.1:4455')).toBe('10');
    expect(labelInitials('')).toBe('?');
  });
});
