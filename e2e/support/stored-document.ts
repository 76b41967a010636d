import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { parseRecords } from '../../server/storage/framed-log';
import { DOCUMENT_ROOT_NAME } from '../../shared/editor/nodes';

/** Reading what a person's device has on disk for a document, as the store wrote it. */

type XmlNode = Y.XmlFragment | Y.XmlElement | Y.XmlText;

function textOf(node: XmlNode): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as Array<{ insert: unknown }>)
      .map((op) =>
        typeof op.insert === 'string'
          ? op.insert
          : op.insert instanceof Y.XmlText || op.insert instanceof Y.XmlElement
            ? textOf(op.insert)
            : '',
      )
      .join('');
  }
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlText || child instanceof Y.XmlElement ? textOf(child) : ''))
    .join('\n');
}

/** The document's text, one line per block. */
export function documentText(doc: Y.Doc): string {
  return textOf(doc.getXmlFragment(DOCUMENT_ROOT_NAME));
}

/** The one document log on a device that has opened a single document. */
export async function onlyDocumentLog(localStoreDir: string): Promise<string> {
  const found: string[] = [];
  for (const server of await readdir(path.join(localStoreDir, 'servers'))) {
    const rooms = path.join(localStoreDir, 'servers', server, 'rooms');
    for (const name of await readdir(rooms).catch(() => []))
      if (name.endsWith('.ylog')) found.push(path.join(rooms, name));
  }
  if (found.length !== 1) throw new Error(`expected one document log, found ${found.length}: ${found.join(', ')}`);
  return found[0]!;
}

/** For each record of a room log, in order: the byte offset where it ends, and the document's text once it is applied. */
export async function logTimeline(file: string): Promise<Array<{ end: number; text: string }>> {
  const bytes = await readFile(file);
  const { records } = parseRecords(bytes);
  const doc = new Y.Doc();
  const timeline: Array<{ end: number; text: string }> = [];
  let end = 0;
  for (const record of records) {
    end += 8 + record.byteLength; // each record is framed by an 8-byte header
    Y.applyUpdate(doc, record);
    timeline.push({ end, text: documentText(doc) });
  }
  return timeline;
}
