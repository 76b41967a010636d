import { WebSocket } from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { documentRoom } from '../../shared/rooms';
import { connectRoom } from './room-clients';

/** Test helpers that talk to a real server the way clients do: HTTP and the stock y-websocket provider. */

export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Creates a document in the given space, or in the first space the person is in. */
export async function createDocument(url: string, token: string, title: string, spaceId?: string): Promise<string> {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  if (!spaceId) {
    const spaces = await fetch(`${url}/api/spaces`, { headers });
    spaceId = ((await spaces.json()) as { spaces: Array<{ id: string }> }).spaces[0]?.id;
    if (!spaceId) throw new Error('create failed: the person is in no space');
  }
  const response = await fetch(`${url}/api/spaces/${spaceId}/documents`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title }),
  });
  if (!response.ok) throw new Error(`create failed: ${response.status}`);
  return ((await response.json()) as { document: { id: string } }).document.id;
}

export type Client = { doc: Y.Doc; provider: WebsocketProvider; text: Y.Text; close(): void };

/** A stock y-websocket client of a document's room in Node, synced before it is returned. */
export async function connectClient(url: string, documentId: string, token: string): Promise<Client> {
  const { doc, provider, close } = await connectRoom(url, documentRoom(documentId), token);
  return { doc, provider, text: doc.getText('test'), close };
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when it was accepted. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', () => undefined);
  });
}
