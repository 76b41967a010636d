import type { OutboxChange, OutboxEntry, ServerOutbox } from '../../../shared/ipc/contract';
import { REACTION_EMOJI } from '../../../shared/forum/forum-rooms';
import type { Message } from '../i18n/message';

/** One server's outbox as the window follows it (see `useOutbox`). */
export type OutboxView = {
  serverId: string;
  /** Oldest first; null until the host has answered. */
  entries: OutboxEntry[] | null;
  /**
   * The entries before the last change of what the outbox holds (an entry came, went, or was
   * refused; not merely tried again), for saying what changed. Null until there was one.
   */
  previous: OutboxEntry[] | null;
  /** How many times entries have left the outbox: a list showing their results fetches again on each. */
  departures: number;
};

export function emptyOutboxView(serverId: string): OutboxView {
  return { serverId, entries: null, previous: null, departures: 0 };
}

/** The host's first answer; an event that came before it is newer, so it stands. */
export function outboxLoaded(view: OutboxView, outbox: ServerOutbox): OutboxView {
  if (outbox.serverId !== view.serverId || view.entries !== null) return view;
  return { ...view, entries: outbox.entries };
}

/** The outbox as it is now (from 'outbox:changed', or the answer to discard or retry). */
export function outboxChanged(view: OutboxView, outbox: ServerOutbox): OutboxView {
  if (outbox.serverId !== view.serverId) return view;
  const before = view.entries;
  if (before === null) return { ...view, entries: outbox.entries };
  const next = outbox.entries;
  const left = before.some((entry) => !next.some((other) => other.id === entry.id));
  return {
    ...view,
    entries: next,
    previous: holdsOtherChanges(before, next) ? before : view.previous,
    departures: view.departures + (left ? 1 : 0),
  };
}

function holdsOtherChanges(before: readonly OutboxEntry[], after: readonly OutboxEntry[]): boolean {
  if (before.length !== after.length) return true;
  return before.some((entry, index) => entry.id !== after[index]?.id || entry.state !== after[index]?.state);
}

const waiting = (entries: readonly OutboxEntry[]) => entries.filter((entry) => entry.state === 'waiting').length;
const refused = (entries: readonly OutboxEntry[]) => entries.filter((entry) => entry.state === 'refused').length;

export function waitingMessage(count: number): Message {
  return count === 1 ? { key: 'outbox.waitingOne' } : { key: 'outbox.waitingMany', values: { count } };
}

function refusedMessage(count: number): Message {
  return count === 1 ? { key: 'outbox.refusedOne' } : { key: 'outbox.refusedMany', values: { count } };
}

/** What the outbox bar says it holds: how many wait, and how many the server refused. */
export function outboxSummary(entries: readonly OutboxEntry[]): Message[] {
  const messages: Message[] = [];
  if (waiting(entries) > 0) messages.push(waitingMessage(waiting(entries)));
  if (refused(entries) > 0) messages.push(refusedMessage(refused(entries)));
  return messages;
}

/**
 * What a live region says about the last change of the outbox: nothing on first loading or
 * when a change was only tried again; else what left it (sent, or discarded by the person, as
 * `discarded` says), what was refused, and how many still wait.
 */
export function outboxAnnouncement(
  previous: readonly OutboxEntry[] | null,
  entries: readonly OutboxEntry[] | null,
  discarded: ReadonlySet<string>,
): Message[] {
  if (previous === null || entries === null) return [];
  const gone = previous.filter((entry) => !entries.some((other) => other.id === entry.id));
  // A refused change never goes by itself: one that left was discarded, here or in another window.
  const dropped = gone.filter((entry) => discarded.has(entry.id) || entry.state === 'refused');
  const sent = gone.length - dropped.length;
  const newlyRefused = entries.some(
    (entry) => entry.state === 'refused' && previous.find((other) => other.id === entry.id)?.state !== 'refused',
  );
  const messages: Message[] = [];
  if (dropped.length > 0) messages.push({ key: 'outbox.announceDiscarded' });
  if (newlyRefused) messages.push({ key: 'outbox.announceRefused' });
  if (entries.length === 0) {
    messages.push({ key: sent > 0 ? 'outbox.allSent' : 'outbox.announceEmpty' });
  } else if (waiting(entries) > 0 && (waiting(entries) !== waiting(previous) || sent > 0)) {
    messages.push(waitingMessage(waiting(entries)));
  }
  return messages;
}

const LIBRARY_OUTBOX_MESSAGES = {
  bin: 'library.outboxBin',
  restore: 'library.outboxRestore',
  duplicate: 'library.outboxDuplicate',
  language: 'library.outboxLanguage',
  translation: 'library.outboxTranslation',
} as const;

/** What a change is, in words: "Create “Title” in Space", "Rename to “Title”", "Reply in a thread". */
export function changeMessage(change: OutboxChange, spaceLabel: string | null): Message {
  switch (change.kind) {
    case 'rename-document':
      return { key: 'outbox.rename', values: { title: change.title } };
    case 'document-library':
      return { key: LIBRARY_OUTBOX_MESSAGES[change.change.action] };
    case 'create-document':
      if (spaceLabel) return { key: 'outbox.createIn', values: { title: change.title, space: spaceLabel } };
      return { key: 'outbox.create', values: { title: change.title } };
    case 'forum-create-category':
      return { key: 'forum.outboxCreateCategory', values: { name: change.request.name } };
    case 'forum-update-category':
      return { key: 'forum.outboxUpdateCategory' };
    case 'forum-delete-category':
      return { key: 'forum.outboxDeleteCategory' };
    case 'forum-create-thread':
      return { key: 'forum.outboxCreateThread', values: { title: change.request.title } };
    case 'forum-moderate-thread':
      return { key: 'forum.outboxModerateThread' };
    case 'forum-delete-thread':
      return { key: 'forum.outboxDeleteThread' };
    case 'forum-reply':
      return { key: 'forum.outboxReply' };
    case 'forum-edit-post':
      return { key: 'forum.outboxEditPost' };
    case 'forum-delete-post':
      return { key: 'forum.outboxDeletePost' };
    case 'forum-hide-post':
      return { key: change.request.hidden ? 'forum.outboxHidePost' : 'forum.outboxShowPost' };
    case 'upload-image':
      return { key: 'media.outboxUpload' };
    case 'forum-react':
      return {
        key: change.on ? 'forum.outboxReact' : 'forum.outboxUnreact',
        values: { emoji: REACTION_EMOJI[change.reaction] },
      };
    case 'comment-create-thread':
      return { key: 'comments.outboxCreateThread' };
    case 'comment-reply':
      return { key: 'comments.outboxReply' };
    case 'comment-edit':
      return { key: 'comments.outboxEdit' };
    case 'comment-delete':
      return { key: 'comments.outboxDelete' };
    case 'comment-resolve':
      return { key: change.resolved ? 'comments.outboxResolve' : 'comments.outboxReopen' };
  }
}

/** A document that waits to be created in this space: shown in its list, not yet openable. */
export type PendingDocument = { entryId: string; title: string; refused: boolean };

/** The space's documents still in the outbox, newest first (as a created document joins the top of the list). */
export function pendingDocuments(entries: readonly OutboxEntry[], spaceId: string): PendingDocument[] {
  const pending: PendingDocument[] = [];
  for (const entry of entries) {
    if (entry.change.kind === 'create-document' && entry.change.spaceId === spaceId) {
      pending.unshift({ entryId: entry.id, title: entry.change.title, refused: entry.state === 'refused' });
    }
  }
  return pending;
}

/** The latest rename of this document still in the outbox, if any: its title is the one shown. */
export function pendingRename(entries: readonly OutboxEntry[], documentId: string): OutboxEntry | null {
  return (
    entries.findLast((entry) => entry.change.kind === 'rename-document' && entry.change.documentId === documentId) ??
    null
  );
}
