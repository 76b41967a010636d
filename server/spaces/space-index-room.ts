import type * as Y from 'yjs';
import { spaceRoom, type RoomRef } from '../../shared/rooms';
import {
  SPACE_INDEX_DETAIL_KEYS,
  SPACE_INDEX_ENTRY_KEYS,
  SPACE_INDEX_TYPES,
  type SpaceIndexContent,
  type SpaceIndexEntry,
} from '../../shared/spaces/space-index';
import type { RoomWriter, Rooms } from '../sync/rooms';
import type { Documents } from './documents';
import type { Spaces } from './spaces';

/**
 * Typing moves a document's `updatedAt` on every second; the index follows it to the minute,
 * so a busy document costs its space's room one small write a minute, not one a second.
 * Titles, moves and everything else are written exactly.
 */
export const ACTIVITY_RESOLUTION_MS = 60_000;

const DETAIL_KEYS: ReadonlySet<string> = new Set(SPACE_INDEX_DETAIL_KEYS);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Whether the stored entry already says what `wanted` says (its `updatedAt` to the minute, never ahead). */
function holds(stored: unknown, wanted: SpaceIndexEntry): boolean {
  if (!isPlainRecord(stored) || Object.keys(stored).length !== SPACE_INDEX_ENTRY_KEYS.length) return false;
  // Who edited follows typing as `updatedAt` does (to the minute): written with it, or with any other change.
  const followsTyping = new Set<string>(['updatedAt', 'lastEditedBy', 'recentEditors']);
  for (const key of SPACE_INDEX_ENTRY_KEYS) if (!followsTyping.has(key) && stored[key] !== wanted[key]) return false;
  if (stored.updatedAt === wanted.updatedAt)
    return (
      stored.lastEditedBy === wanted.lastEditedBy &&
      Array.isArray(stored.recentEditors) &&
      stored.recentEditors.join() === wanted.recentEditors.join()
    );
  const behind = Date.parse(wanted.updatedAt) - Date.parse(String(stored.updatedAt));
  return behind > 0 && behind < ACTIVITY_RESOLUTION_MS;
}

/**
 * Writes into a space index room's document what it lacks of `content`, and removes what
 * `content` does not have: only the differences, so a room already up to date is left
 * unchanged (no update, nothing logged). Call it inside a transaction.
 */
export function writeSpaceIndex(doc: Y.Doc, content: SpaceIndexContent): void {
  const details = doc.getMap<unknown>(SPACE_INDEX_TYPES.details);
  for (const key of SPACE_INDEX_DETAIL_KEYS) {
    if (details.get(key) !== content.details[key]) details.set(key, content.details[key]);
  }
  for (const key of [...details.keys()]) if (!DETAIL_KEYS.has(key)) details.delete(key);
  for (const [id, entry] of content.documents) writeSpaceIndexEntry(doc, id, entry);
  const documents = doc.getMap<unknown>(SPACE_INDEX_TYPES.documents);
  for (const id of [...documents.keys()]) if (!content.documents.has(id)) documents.delete(id);
}

/** Writes one document's entry if the room does not already hold it. */
export function writeSpaceIndexEntry(doc: Y.Doc, id: string, entry: SpaceIndexEntry): void {
  const documents = doc.getMap<unknown>(SPACE_INDEX_TYPES.documents);
  // Each entry is one value set whole: readers never see half of one change.
  if (!holds(documents.get(id), entry)) documents.set(id, indexEntry(entry));
}

/** Exactly an entry's fields, from a document's metadata or an entry. */
export function indexEntry(document: SpaceIndexEntry): SpaceIndexEntry {
  const { title, updatedAt, createdBy, language, translationId, binnedAt, lastEditedBy, recentEditors } = document;
  return {
    title,
    updatedAt,
    createdBy,
    language,
    translationId,
    binnedAt,
    lastEditedBy,
    recentEditors: [...recentEditors],
  };
}

/**
 * Writes each space's index room (`space:<spaceId>`) from the directory: when a document is
 * created, renamed or moved (out of one room, into the other), when the space's details change
 * or it is archived or restored, and, at most once a minute per document, when someone types.
 * Every write compares the room with the directory and writes the differences, so whatever
 * happened in between (a write that failed, a change made while the server was down, a
 * restored accounts.json) converges at the next one, and each room is brought up to date as it
 * loads (`reconcile`, called by Rooms). Clients only read these rooms.
 */
export class SpaceIndexRooms implements RoomWriter {
  /** Spaces whose room is about to be written: changes arriving before it starts share that write. */
  private readonly due = new Map<string, Promise<void>>();
  private readonly writing = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly spaces: Spaces,
    private readonly documents: Documents,
    private readonly rooms: Rooms,
    private readonly warn: (message: string) => void,
  ) {
    rooms.setWriter('space', this);
    documents.onChanged((document, leftSpaceId) => {
      this.refresh(document.spaceId);
      if (leftSpaceId !== null) this.refresh(leftSpaceId);
    });
    documents.onActivity((document) => this.activity(document.id, document.spaceId));
    spaces.onChanged((space) => this.refresh(space.id));
  }

  /** What the space's index room should hold; null for a space that does not exist. */
  contentOf(spaceId: string): SpaceIndexContent | null {
    const space = this.spaces.find(spaceId);
    if (!space) return null;
    const { name, nameCy, description, descriptionCy, archived } = space;
    return {
      spaceId: space.id,
      details: { name, nameCy, description, descriptionCy, archived },
      documents: new Map(this.documents.allInSpace(space.id).map((document) => [document.id, indexEntry(document)])),
    };
  }

  reconcile(room: RoomRef, doc: Y.Doc): void {
    if (room.kind !== 'space') return;
    const content = this.contentOf(room.spaceId);
    if (content) writeSpaceIndex(doc, content);
  }

  /**
   * Brings the space's room up to date with the directory; resolves once that is stored and sent.
   * Never rejects: a failure is logged, and the next change or load of the room makes up for it.
   */
  refresh(spaceId: string): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const queued = this.due.get(spaceId);
    if (queued) return queued;
    const name = spaceRoom(spaceId);
    const write = Promise.resolve()
      .then(() => {
        this.due.delete(spaceId);
        return this.rooms.change(name, (doc) => this.reconcile({ kind: 'space', spaceId }, doc));
      })
      .catch((error: Error) => this.warn(`Room ${name}: the space's index was not updated (${error.message}).`));
    this.due.set(spaceId, write);
    return this.track(write);
  }

  /**
   * Someone typed in a document: its entry alone is looked at (this comes once a second per
   * busy document), and written if a minute behind.
   */
  private activity(documentId: string, spaceId: string): void {
    if (this.stopped) return;
    const name = spaceRoom(spaceId);
    // Only a room that is loaded, and takes writes, is written now: the others catch up when they load.
    const write = this.rooms.changeIfLoaded(name, (doc) => {
      const document = this.documents.find(documentId);
      // Moved since: the move's own write has put it right.
      if (document?.spaceId === spaceId) writeSpaceIndexEntry(doc, documentId, document);
    });
    this.track(
      write.then(
        () => undefined,
        (error: Error) => this.warn(`Room ${name}: a document's activity was not indexed (${error.message}).`),
      ),
    );
  }

  private track(write: Promise<void>): Promise<void> {
    this.writing.add(write);
    void write.finally(() => this.writing.delete(write));
    return write;
  }

  /** Takes no more changes and waits for those under way (before the rooms are closed). */
  async close(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.writing]);
  }
}
