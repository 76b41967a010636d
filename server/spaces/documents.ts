import type { DocumentMeta } from '../../shared/api/schemas';
import { newId } from '../accounts/accounts';
import type { DirectoryFile } from '../accounts/directory-file';
import type { Spaces } from './spaces';

export const newDocumentId = () => newId('d').replace('_', '');

/** The document index: each document's title and the one space it belongs to. */
export class Documents {
  private byId = new Map<string, DocumentMeta>();

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
    return document;
  }

  async update(id: string, changes: { title?: string; spaceId?: string }): Promise<DocumentMeta | null> {
    const document = this.find(id);
    if (!document) return null;
    const now = new Date().toISOString();
    if (changes.title !== undefined) document.title = changes.title;
    if (changes.spaceId !== undefined && changes.spaceId !== document.spaceId) {
      this.spaces.touch(document.spaceId, now);
      document.spaceId = changes.spaceId;
    }
    document.updatedAt = now;
    this.spaces.touch(document.spaceId, now);
    await this.file.save();
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
  }
}
