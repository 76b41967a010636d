import { MAX_RECENT_EDITORS, type DocumentLanguage, type DocumentMeta } from '../../shared/api/schemas';
import { newId } from '../accounts/accounts';
import type { DirectoryFile } from '../accounts/directory-file';
import type { Spaces } from './spaces';

export const newDocumentId = () => newId('d').replace('_', '');

/**
 * Told after a change to the index has been saved: the document as it is now, and the space it
 * left when it moved (else null). A write the disk refused tells nobody: nothing changed.
 */
export type DocumentChangeListener = (document: DocumentMeta, leftSpaceId: string | null) => void;
/** Told when someone's typing moved a document's `updatedAt` on (at most once a second per document). */
export type ActivityListener = (document: DocumentMeta) => void;

/** The document index: each document's title and the one space it belongs to. */
export class Documents {
  private byId = new Map<string, DocumentMeta>();
  private readonly changedListeners: DocumentChangeListener[] = [];
  private readonly activityListeners: ActivityListener[] = [];

  constructor(
    private readonly file: DirectoryFile,
    private readonly spaces: Spaces,
  ) {
    this.reindex();
    file.onRestored(() => this.reindex());
  }

  private reindex(): void {
    this.byId = new Map(this.file.data.documents.map((document) => [document.id, document]));
  }

  /** `listener` hears of every document created, renamed or moved, once it is saved. */
  onChanged(listener: DocumentChangeListener): void {
    this.changedListeners.push(listener);
  }

  onActivity(listener: ActivityListener): void {
    this.activityListeners.push(listener);
  }

  find(id: string): DocumentMeta | undefined {
    return this.byId.get(id);
  }

  /** The documents of those spaces, binned ones left out. */
  inSpaces(spaceIds: ReadonlySet<string>): DocumentMeta[] {
    return this.file.data.documents
      .filter((document) => spaceIds.has(document.spaceId) && document.binnedAt === null)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Every document of the space, binned ones too (its index room lists both). */
  allInSpace(spaceId: string): DocumentMeta[] {
    return this.file.data.documents.filter((document) => document.spaceId === spaceId);
  }

  /** The space's bin: most recently binned first. */
  binnedIn(spaceId: string): DocumentMeta[] {
    return this.file.data.documents
      .filter((document) => document.spaceId === spaceId && document.binnedAt !== null)
      .sort((a, b) => b.binnedAt!.localeCompare(a.binnedAt!));
  }

  /** `id` may be made first with newDocumentId(), so the room's content can be written before the index names it. */
  async add(
    title: string,
    spaceId: string,
    createdBy: string,
    id = newDocumentId(),
    language: DocumentLanguage = 'en',
  ): Promise<DocumentMeta> {
    const now = new Date().toISOString();
    const document: DocumentMeta = {
      id,
      title,
      createdAt: now,
      updatedAt: now,
      createdBy,
      spaceId,
      language,
      translationId: null,
      binnedAt: null,
      binnedBy: null,
      lastEditedBy: null,
      recentEditors: [],
    };
    this.file.data.documents.push(document);
    this.spaces.touch(spaceId, now);
    this.reindex();
    await this.file.save();
    for (const listener of this.changedListeners) listener(document, null);
    return document;
  }

  async update(
    id: string,
    changes: { title?: string; spaceId?: string; language?: DocumentLanguage },
  ): Promise<DocumentMeta | null> {
    const document = this.find(id);
    if (!document) return null;
    const now = new Date().toISOString();
    const left = changes.spaceId !== undefined && changes.spaceId !== document.spaceId ? document.spaceId : null;
    if (changes.title !== undefined) document.title = changes.title;
    if (changes.language !== undefined) document.language = changes.language;
    if (left !== null) {
      this.spaces.touch(document.spaceId, now);
      document.spaceId = changes.spaceId!;
    }
    document.updatedAt = now;
    this.spaces.touch(document.spaceId, now);
    await this.file.save();
    for (const listener of this.changedListeners) listener(document, left);
    return document;
  }

  /**
   * Moves a document into its space's bin (`binnedBy` set) or back out (null). Already so, it
   * writes nothing and answers the document as it is; null for no such document.
   */
  async setBinned(id: string, binnedBy: string | null): Promise<DocumentMeta | null> {
    const document = this.find(id);
    if (!document) return null;
    if ((binnedBy !== null) === (document.binnedAt !== null)) return document;
    const now = new Date().toISOString();
    document.binnedAt = binnedBy === null ? null : now;
    document.binnedBy = binnedBy;
    document.updatedAt = now;
    this.spaces.touch(document.spaceId, now);
    await this.file.save();
    for (const listener of this.changedListeners) listener(document, null);
    return document;
  }

  /** Links two documents as each other's translation, unlinking whatever either was linked to before. */
  async linkTranslation(id: string, otherId: string): Promise<DocumentMeta | null> {
    const document = this.find(id);
    const other = this.find(otherId);
    if (!document || !other || document === other) return null;
    if (document.translationId === other.id && other.translationId === document.id) return document;
    const changed = new Set<DocumentMeta>([document, other]);
    for (const side of [document, other]) {
      const former = side.translationId === null ? undefined : this.find(side.translationId);
      if (former && former.translationId === side.id) {
        former.translationId = null;
        changed.add(former);
      }
    }
    document.translationId = other.id;
    other.translationId = document.id;
    await this.file.save();
    for (const changedDocument of changed)
      for (const listener of this.changedListeners) listener(changedDocument, null);
    return document;
  }

  /** Unlinks a document from its translation, on both sides. */
  async unlinkTranslation(id: string): Promise<DocumentMeta | null> {
    const document = this.find(id);
    if (!document) return null;
    if (document.translationId === null) return document;
    const other = this.find(document.translationId);
    document.translationId = null;
    const changed = [document];
    if (other && other.translationId === document.id) {
      other.translationId = null;
      changed.push(other);
    }
    await this.file.save();
    for (const changedDocument of changed)
      for (const listener of this.changedListeners) listener(changedDocument, null);
    return document;
  }

  /**
   * Deletes documents from the index for good (emptying a bin): only those of `spaceId` still in
   * its bin. Answers those deleted; their translations are unlinked.
   */
  async removeBinned(spaceId: string, ids: readonly string[]): Promise<DocumentMeta[]> {
    const wanted = new Set(ids);
    const removed = this.file.data.documents.filter(
      (document) => wanted.has(document.id) && document.spaceId === spaceId && document.binnedAt !== null,
    );
    if (removed.length === 0) return [];
    const gone = new Set(removed.map((document) => document.id));
    this.file.data.documents = this.file.data.documents.filter((document) => !gone.has(document.id));
    const unlinked: DocumentMeta[] = [];
    for (const document of this.file.data.documents) {
      if (document.translationId !== null && gone.has(document.translationId)) {
        document.translationId = null;
        unlinked.push(document);
      }
    }
    this.reindex();
    await this.file.save();
    for (const document of [...removed, ...unlinked])
      for (const listener of this.changedListeners) listener(document, null);
    return removed;
  }

  /**
   * Someone changed the text: the document and its space show recent activity, and who made it
   * (`editors`, the people whose sockets sent the changes) is kept.
   */
  touch(id: string, editors: readonly string[] = []): void {
    const document = this.find(id);
    if (!document) return;
    const now = new Date().toISOString();
    const last = editors.at(-1);
    if (last !== undefined) {
      document.lastEditedBy = last;
      const recent = [...editors].reverse();
      document.recentEditors = [...new Set([...recent, ...document.recentEditors])].slice(0, MAX_RECENT_EDITORS);
    }
    // Once a second is plenty for "recent activity"; typing sends many updates a second.
    if (Date.parse(now) - Date.parse(document.updatedAt) < 1000) {
      if (last !== undefined) this.file.saveSoon();
      return;
    }
    document.updatedAt = now;
    this.spaces.touch(document.spaceId, now);
    this.file.saveSoon();
    for (const listener of this.activityListeners) listener(document);
  }
}
