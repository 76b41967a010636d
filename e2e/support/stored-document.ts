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

/** Whether a room log holds a document (not, say, a space's index room, which the device keeps beside it). */
export async function isDocumentLog(file: string): Promise<boolean> {
  const doc = new Y.Doc();
  for (const record of parseRecords(await readFile(file)).records) Y.applyUpdate(doc, record);
  const isDocument = doc.share.has(DOCUMENT_ROOT_NAME);
  doc.destroy();
  return isDocument;
}

/** A device's document logs, server by server (damaged copies kept aside are not logs). */
export async function documentLogs(localStoreDir: string): Promise<string[][]> {
  const servers = await readdir(path.join(localStoreDir, 'servers'));
  return Promise.all(
    servers.map(async (server) => {
      const rooms = path.join(localStoreDir, 'servers', server, 'rooms');
      const logs = (await readdir(rooms).catch(() => [])).filter((name) => name.endsWith('.ylog'));
      const documents: string[] = [];
      for (const name of logs) if (await isDocumentLog(path.join(rooms, name))) documents.push(path.join(rooms, name));
      return documents;
    }),
  );
}

/** The one document log on a device that has opened a single document. */
export async function onlyDocumentLog(localStoreDir: string): Promise<string> {
  const found = (await documentLogs(localStoreDir)).flat();
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
