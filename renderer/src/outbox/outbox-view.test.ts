import { describe, expect, it } from 'vitest';
import type { OutboxEntry, ServerOutbox } from '../../../shared/ipc/contract';
import {
  changeMessage,
  emptyOutboxView,
  outboxAnnouncement,
  outboxChanged,
  outboxLoaded,
  outboxSummary,
  pendingDocuments,
  pendingRename,
  type OutboxView,
} from './outbox-view';

const at = '2026-11-23T08:05:00.000Z';
const entry = (id: string, change: OutboxEntry['change'], changes: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: `change-key-${id}-0000000000`,
  userId: 'user-alys-1',
  change,
  queuedAt: at,
  state: 'waiting',
  refusal: null,
  attempts: 0,
  lastTriedAt: null,
  ...changes,
});
const create = (id: string, title: string, spaceId = 'space-north-west', changes: Partial<OutboxEntry> = {}) =>
  entry(id, { kind: 'create-document', spaceId, title }, changes);
const rename = (id: string, documentId: string, title: string, changes: Partial<OutboxEntry> = {}) =>
  entry(id, { kind: 'rename-document', documentId, title }, changes);
const outbox = (...entries: OutboxEntry[]): ServerOutbox => ({ serverId: 'server-1', entries });
const keys = (messages: Array<{ key: string }>) => messages.map((message) => message.key);

describe('following the outbox', () => {
  const plan = create('a', 'Summer plan');
  const renamed = rename('b', 'doc-rota', 'Volunteer rota 2027');

  it('takes the first answer unless an event came first, and ignores other servers', () => {
    const start = emptyOutboxView('server-1');
    expect(outboxLoaded(start, outbox(plan)).entries).toEqual([plan]);
    const afterEvent = outboxChanged(start, outbox(plan, renamed));
    expect(outboxLoaded(afterEvent, outbox(plan)).entries).toEqual([plan, renamed]);
    expect(outboxChanged(start, { serverId: 'server-2', entries: [plan] })).toBe(start);
    expect(outboxLoaded(start, { serverId: 'server-2', entries: [plan] })).toBe(start);
  });

  it('counts departures, so a list of documents knows to fetch again', () => {
    let view: OutboxView = outboxLoaded(emptyOutboxView('server-1'), outbox(plan, renamed));
    view = outboxChanged(view, outbox(plan, renamed, create('c', 'Autumn plan')));
    expect(view.departures).toBe(0);
    view = outboxChanged(view, outbox(renamed, create('c', 'Autumn plan')));
    expect(view.departures).toBe(1);
    view = outboxChanged(view, outbox());
    expect(view.departures).toBe(2);
  });

  it('keeps what came before the last real change when a change is only tried again', () => {
    let view = outboxLoaded(emptyOutboxView('server-1'), outbox(plan));
    expect(view.previous).toBeNull();
    view = outboxChanged(view, outbox(plan, renamed));
    expect(view.previous).toEqual([plan]);
    view = outboxChanged(view, outbox({ ...plan, attempts: 1, lastTriedAt: at }, renamed));
    expect(view.previous).toEqual([plan]);
    expect(view.entries?.[0]?.attempts).toBe(1);
  });
});

describe('what the live region says', () => {
  const plan = create('a', 'Summer plan');
  const renamed = rename('b', 'doc-rota', 'Volunteer rota 2027');
  const none = new Set<string>();

  it('says nothing on first loading', () => {
    expect(outboxAnnouncement(null, [plan], none)).toEqual([]);
  });

  it('counts changes waiting as they come, with one and many told apart', () => {
    expect(outboxAnnouncement([], [plan], none)).toEqual([{ key: 'outbox.waitingOne' }]);
    expect(outboxAnnouncement([plan], [plan, renamed], none)).toEqual([
      { key: 'outbox.waitingMany', values: { count: 2 } },
    ]);
  });

  it('says all changes are sent when the last ones were delivered, and how many still wait otherwise', () => {
    expect(keys(outboxAnnouncement([plan, renamed], [], none))).toEqual(['outbox.allSent']);
    expect(outboxAnnouncement([plan, renamed], [renamed], none)).toEqual([{ key: 'outbox.waitingOne' }]);
  });

  it('says a change was discarded, not sent, when the person discarded it', () => {
    expect(keys(outboxAnnouncement([plan], [], new Set([plan.id])))).toEqual([
      'outbox.announceDiscarded',
      'outbox.announceEmpty',
    ]);
    expect(keys(outboxAnnouncement([plan, renamed], [renamed], new Set([plan.id])))).toEqual([
      'outbox.announceDiscarded',
      'outbox.waitingOne',
    ]);
    const refused = { ...plan, state: 'refused' as const, refusal: 'forbidden' as const };
    expect(keys(outboxAnnouncement([refused], [], none))).toEqual(['outbox.announceDiscarded', 'outbox.announceEmpty']);
  });

  it('says when the server refuses a change', () => {
    const refused = { ...plan, state: 'refused' as const, refusal: 'forbidden' as const };
    expect(keys(outboxAnnouncement([plan, renamed], [refused, renamed], none))).toEqual([
      'outbox.announceRefused',
      'outbox.waitingOne',
    ]);
    expect(keys(outboxAnnouncement([refused, renamed], [refused], none))).toEqual([]);
  });
});

describe('what the outbox shows', () => {
  it('sums up what waits and what was refused', () => {
    expect(outboxSummary([create('a', 'A'), rename('b', 'doc-1', 'B')])).toEqual([
      { key: 'outbox.waitingMany', values: { count: 2 } },
    ]);
    expect(keys(outboxSummary([create('a', 'A', undefined, { state: 'refused', refusal: 'forbidden' })]))).toEqual([
      'outbox.refusedOne',
    ]);
  });

  it('names each change, with its space when known', () => {
    expect(changeMessage(create('a', 'Summer plan').change, 'North West Reading Network')).toEqual({
      key: 'outbox.createIn',
      values: { title: 'Summer plan', space: 'North West Reading Network' },
    });
    expect(changeMessage(create('a', 'Summer plan').change, null)).toEqual({
      key: 'outbox.create',
      values: { title: 'Summer plan' },
    });
    expect(changeMessage(rename('b', 'doc-1', 'Rota').change, 'ignored')).toEqual({
      key: 'outbox.rename',
      values: { title: 'Rota' },
    });
  });

  it('says what a forum change is, naming what it makes', () => {
    const spaceId = 'space-aaaaaaaa';
    expect(
      changeMessage(
        {
          kind: 'forum-create-category',
          spaceId,
          request: {
            categoryId: 'cat-aaaaaaaa',
            name: 'Funding bids',
            nameCy: null,
            description: '',
            descriptionCy: null,
          },
        },
        null,
      ),
    ).toEqual({ key: 'forum.outboxCreateCategory', values: { name: 'Funding bids' } });
    expect(
      changeMessage(
        {
          kind: 'forum-react',
          spaceId,
          threadId: 'thread-aaaaaaaa',
          postId: 'post-aaaaaaaa',
          reaction: 'heart',
          on: false,
        },
        null,
      ),
    ).toEqual({ key: 'forum.outboxUnreact', values: { emoji: '❤️' } });
    expect(
      changeMessage(
        {
          kind: 'forum-hide-post',
          spaceId,
          threadId: 'thread-aaaaaaaa',
          postId: 'post-aaaaaaaa',
          request: { hidden: true, reason: 'Off topic' },
        },
        null,
      ),
    ).toEqual({ key: 'forum.outboxHidePost' });
  });

  it('lists a space’s documents waiting to be created, newest first, and the latest title waiting for a document', () => {
    const entries = [
      create('a', 'First'),
      create('b', 'Elsewhere', 'space-other'),
      rename('c', 'doc-1', 'Old new title'),
      create('d', 'Second', undefined, { state: 'refused', refusal: 'forbidden' }),
      rename('e', 'doc-1', 'Newest title'),
    ];
    expect(pendingDocuments(entries, 'space-north-west')).toEqual([
      { entryId: entries[3]!.id, title: 'Second', refused: true },
      { entryId: entries[0]!.id, title: 'First', refused: false },
    ]);
    expect(pendingRename(entries, 'doc-1')?.change).toMatchObject({ title: 'Newest title' });
    expect(pendingRename(entries, 'doc-2')).toBeNull();
  });
});
