import { z } from 'zod';

/**
 * An invite travels as a link, `<server>/join/<code>`, or as its bare code. The code is 32
 * random bytes (base64url); the server keeps only its hash.
 */
export const InviteCode = z.string().regex(/^[A-Za-z0-9_-]{32,100}$/, 'not an invite code');
export type InviteCode = z.infer<typeof InviteCode>;

export const INVITE_PATH = '/join/';

export function inviteLink(serverUrl: string, code: string): string {
  return serverUrl.replace(/\/+$/, '') + INVITE_PATH + code;
}

/** Reads what a person pasted: a link gives the server and the code, a bare code only the code. */
export function parseInvite(text: string): { serverUrl: string | null; code: string } | null {
  const trimmed = text.trim();
  if (trimmed.length > 2048) return null;
  const bare = InviteCode.safeParse(trimmed);
  if (bare.success) return { serverUrl: null, code: bare.data };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const at = url.pathname.lastIndexOf(INVITE_PATH);
  if (at < 0) return null;
  const code = InviteCode.safeParse(url.pathname.slice(at + INVITE_PATH.length));
  if (!code.success) return null;
  return { serverUrl: `${url.origin}${url.pathname.slice(0, at)}`, code: code.data };
}
