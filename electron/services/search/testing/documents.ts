import * as Y from 'yjs';
import { DOCUMENT_LIBRARY_DEFAULTS, type DocumentMeta } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { DOCUMENT_ROOT_NAME } from '../../../../shared/editor/nodes';
import { documentRoom } from '../../../../shared/rooms';
import { documentContentUpdate } from '../../../../server/content/initial-content';
import type { Block } from '../../../../server/content/blocks';
import { createRoomLogs } from '../../local-store/room-logs';
import { createStoreHealth } from '../../local-store/store-health';

/** Test helpers: documents written as the server and the editor write them, stored in real room logs. */

export const at = '2026-01-05T10:00:00.000Z';

export function space(id: string, name: string, extra: Partial<SpaceSummary> = {}): SpaceSummary {
  return {
    id,
    name,
    description: '',
    nameCy: null,
    descriptionCy: null,
    archived: false,
    createdAt: at,
    lastActivityAt: at,
    myRole: 'member',
    memberCount: 2,
    documentCount: 1,
    ...extra,
  };
}

export function documentMeta(id: string, spaceId: string, title: string): DocumentMeta {
  return {
    ...DOCUMENT_LIBRARY_DEFAULTS,
    recentEditors: [],
    id,
    title,
    spaceId,
    createdAt: at,
    updatedAt: at,
    createdBy: 'user_ann_0001',
  };
}

/** A folder of room logs written by the local store's own code. */
export function roomLogsAt(root: string) {
  const logs = createRoomLogs({ root, health: createStoreHealth({ announce: () => undefined, log: () => undefined }) });
  return {
    logs,
    /** Stores a document's content (written through Lexical's binding, as the server writes it). */
    async store(serverId: string, documentId: string, blocks: Block[]): Promise<Uint8Array> {
      const update = documentContentUpdate(blocks);
      logs.append(serverId, documentRoom(documentId), update);
      await logs.flush();
      return update;
    },
    async append(serverId: string, documentId: string, update: Uint8Array): Promise<void> {
      logs.append(serverId, documentRoom(documentId), update);
      await logs.flush();
    },
  };
}

/**
 * An edit as the editor's binding makes one: a paragraph (an `XmlElement` holding an `XmlText`)
 * appended to the document's root. Returns the Yjs update.
 */
export function appendParagraphUpdate(records: readonly Uint8Array[], text: string): Uint8Array {
  const doc = new Y.Doc();
  for (const record of records) Y.applyUpdate(doc, record);
  const before = Y.encodeStateVector(doc);
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement) as Y.XmlElement;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  root.insert(root.length, [paragraph]);
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

/** Typing: text inserted at the start of the first block's text. */
export function typeIntoFirstBlock(records: readonly Uint8Array[], text: string): Uint8Array {
  const doc = new Y.Doc();
  for (const record of records) Y.applyUpdate(doc, record);
  const before = Y.encodeStateVector(doc);
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement) as Y.XmlElement;
  const first = root.get(0) as Y.XmlElement;
  (first.get(0) as Y.XmlText).insert(0, text);
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}
