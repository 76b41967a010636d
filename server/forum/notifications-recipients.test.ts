import { describe, expect, it } from 'vitest';
import type { WatchLevel } from '../../shared/forum/forum-rooms';
import { excerptOf, MAX_MENTIONS_NOTIFIED, recipientsOf } from './notifications-recipients';

const levels = (entries: Record<string, WatchLevel>) => new Map(Object.entries(entries));
const everyone = () => true;

/** Who is told of a post, and why (the rules; notifications.test.ts shows them on a real server). */
describe('notification recipients', () => {
  it('tells each person once: a mention beats a reply beats watched; never the author', () => {
    const told = recipientsOf(
      { authorId: 'author', mentioned: ['ann', 'author', 'bob'], replyToAuthorId: 'ann', newThread: false },
      levels({ ann: 'watch', cat: 'watch', author: 'watch', dan: 'normal' }),
      new Map(),
      everyone,
    );
    expect(Object.fromEntries(told)).toEqual({ ann: 'mention', bob: 'mention', cat: 'watched' });
    const reply = recipientsOf(
      { authorId: 'author', mentioned: [], replyToAuthorId: 'cat', newThread: false },
      levels({ cat: 'watch' }),
      new Map(),
      everyone,
    );
    expect(Object.fromEntries(reply)).toEqual({ cat: 'reply' });
  });

  it('tells at most 20 mentioned people who may view the space, and nobody who muted the thread or its category', () => {
    const mentioned = Array.from({ length: 30 }, (_, i) => `person${i}`);
    const told = recipientsOf(
      { authorId: 'author', mentioned, replyToAuthorId: null, newThread: false },
      levels({ person0: 'mute', person2: 'watch' }),
      levels({ person1: 'mute', person2: 'mute' }),
      (userId) => userId !== 'person3',
    );
    // person2 muted the category but chose to watch this thread.
    expect([...told.keys()]).toHaveLength(MAX_MENTIONS_NOTIFIED);
    expect(told.has('person0') || told.has('person1') || told.has('person3')).toBe(false);
    expect(told.get('person2')).toBe('mention');
    expect(told.has('person21')).toBe(true);
    expect(told.has('person23')).toBe(false);
  });

  it('tells watchers of the category of a new thread only, unless they chose otherwise for it', () => {
    const category = levels({ ann: 'watch', bob: 'watch', cat: 'normal' });
    const thread = levels({ bob: 'normal' });
    const news = { authorId: 'author', mentioned: [], replyToAuthorId: null };
    expect(Object.fromEntries(recipientsOf({ ...news, newThread: true }, thread, category, everyone))).toEqual({
      ann: 'watched',
    });
    expect(recipientsOf({ ...news, newThread: false }, thread, category, everyone).size).toBe(0);
  });

  it('cuts an excerpt at about 140 characters, at a character, whitespace folded', () => {
    expect(excerptOf('  a\n\n b  ')).toBe('a b');
    const long = excerptOf('😀'.repeat(200));
    expect(Array.from(long)).toHaveLength(140);
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(300);
  });
});
