import type { DocumentMeta } from '../../shared/api/schemas';
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

  inSpaces(spaceIds: ReadonlySet<string>): DocumentMeta[] {
    return this.file.data.documents
      .filter((document) => spaceIds.has(document.spaceId))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** `id` may be made first with newDocumentId(), so the room's content can be written before the index names it. */
  async add(title: string, spaceId: string, createdBy: string, id = newDocumentId()): Promise<DocumentMeta> {
    const now = new Date().toISOString();
    const document: DocumentMeta = { id, title, createdAt: now, updatedAt: now, createdBy, spaceId };
    this.file.data.documents.push(document);
    this.spaces.touch(spaceId, now);
    this.reindex();
    await this.file.save();
    for (const listener of this.changedListeners) listener(document, null);
    return document;
  }

  async update(id: string, changes: { title?: string; spaceId?: string }): Promise<DocumentMeta | null> {
    const document = this.find(id);
    if (!document) return null;
    const now = new Date().toISOString();
    const left = changes.spaceId !== undefined && changes.spaceId !== document.spaceId ? document.spaceId : null;
    if (changes.title !== undefined) document.title = changes.title;
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

  /** Someone changed the text: the document and its space show recent activity. */
  touch(id: string): void {
    const document = this.find(id);
    if (!document) return;
    const now = new Date().toISOString();
    // Once a second is plenty for "recent activity"; typing sends many updates a second.
    if (Date.parse(now) - Date.parse(document.updatedAt) < 1000) return;
    document.updatedAt = now;
    this.spaces.touch(document.spaceId, now);
    this.file.saveSoon();
    for (const listener of this.activityListeners) listener(document);
  }
}
