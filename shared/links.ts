import { DocumentId } from './ids';
import { parseInvite } from './spaces/invite-link';
import type { InviteCode } from './spaces/invite-link';

/**
 * Links people share. A link is an address on its server (`<server>/d/<id>` for a document,
 * `<server>/join/<code>` for an invite), so it means the same on every device and opens a
 * plain page in a browser; that page offers the app's own link, `branchline://open?link=…`,
 * which the desktop app registers. Pasted into the app (quick find, "Have an invite?"), or
 * arriving through `branchline://`, a link is read here, never trusted further.
 */
export const APP_SCHEME = 'branchline';
export const DOCUMENT_PATH = '/d/';
const MAX_LINK_LENGTH = 2048;

export type AppLink =
  | { kind: 'document'; serverUrl: string; documentId: DocumentId }
  | { kind: 'invite'; serverUrl: string; code: InviteCode };

export function documentLink(serverUrl: string, documentId: string): string {
  return serverUrl.replace(/\/+$/, '') + DOCUMENT_PATH + documentId;
}

/** The app's own link for a server link: what the server's pages offer, and what the desktop app is opened with. */
export function appLink(serverLink: string): string {
  return `${APP_SCHEME}://open?link=${encodeURIComponent(serverLink)}`;
}

/** The server link inside a `branchline://open?link=…`, or the text itself when it is not one. */
function unwrapAppLink(text: string): string | null {
  if (!text.toLowerCase().startsWith(`${APP_SCHEME}:`)) return text;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.hostname !== 'open' && url.pathname.replace(/^\/+/, '') !== 'open') return null;
  const inner = url.searchParams.get('link');
  return inner && !inner.toLowerCase().startsWith(`${APP_SCHEME}:`) ? inner : null;
}

/** Reads a pasted or received link: a document or an invite on some server; null for anything else. */
export function parseAppLink(text: string): AppLink | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_LINK_LENGTH) return null;
  const inner = unwrapAppLink(trimmed);
  if (inner === null) return null;
  const invite = parseInvite(inner);
  if (invite?.serverUrl) return { kind: 'invite', serverUrl: invite.serverUrl, code: invite.code };
  let url: URL;
  try {
    url = new URL(inner);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const at = url.pathname.lastIndexOf(DOCUMENT_PATH);
  if (at < 0) return null;
  const id = DocumentId.safeParse(url.pathname.slice(at + DOCUMENT_PATH.length));
  if (!id.success) return null;
  return { kind: 'document', serverUrl: `${url.origin}${url.pathname.slice(0, at)}`, documentId: id.data };
}
