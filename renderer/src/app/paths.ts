/**
 * Every screen's address, written once. The app runs on a hash router, so an address is the
 * part after `#` in both hosts (Electron's file:// page and the browser host's http:// page):
 * it survives a reload, and Back and Forward move through what the person visited.
 */
const part = encodeURIComponent;

export const paths = {
  home: () => '/',
  signIn: (serverId?: string) => (serverId ? `/sign-in?server=${part(serverId)}` : '/sign-in'),
  /** Signing in to another server; `url` fills in its address (from a link to it). */
  addServer: (url?: string) => (url ? `/add-server?url=${part(url)}` : '/add-server'),
  /** "Have an invite?", with a link already known (from the spaces screen or a link that opened the app). */
  join: (invite?: string) => (invite ? `/join?invite=${part(invite)}` : '/join'),
  /** A shared link (a document or an invite on some server) to be read and followed. */
  open: (link: string) => `/open?link=${part(link)}`,
  settings: () => '/settings',
  server: (serverId: string) => `/s/${part(serverId)}`,
  profile: (serverId: string) => `/s/${part(serverId)}/profile`,
  space: (serverId: string, spaceId: string) => `/s/${part(serverId)}/spaces/${part(spaceId)}`,
  spaceSection: (serverId: string, spaceId: string, section: SpaceSection) =>
    section === 'documents'
      ? paths.space(serverId, spaceId)
      : `/s/${part(serverId)}/spaces/${part(spaceId)}/${section}`,
  /** A space's forum: its categories (the `forum` section). */
  forum: (serverId: string, spaceId: string) => `/s/${part(serverId)}/spaces/${part(spaceId)}/forum`,
  forumCategory: (serverId: string, spaceId: string, categoryId: string) =>
    `/s/${part(serverId)}/spaces/${part(spaceId)}/forum/c/${part(categoryId)}`,
  forumNewThread: (serverId: string, spaceId: string, categoryId: string) =>
    `/s/${part(serverId)}/spaces/${part(spaceId)}/forum/c/${part(categoryId)}/new`,
  /** A thread; with `postId`, scrolled to that post and highlighted; with `find`, those words marked in it. */
  forumThread: (serverId: string, spaceId: string, threadId: string, postId?: string, find?: string) =>
    `/s/${part(serverId)}/spaces/${part(spaceId)}/forum/t/${part(threadId)}${postId ? `?post=${part(postId)}` : ''}${
      postId && find ? `&find=${part(find)}` : ''
    }`,
  /** Searching one space's forum, with filters for category and author. */
  forumSearch: (serverId: string, spaceId: string) => `/s/${part(serverId)}/spaces/${part(spaceId)}/forum/search`,
  /** The space's moderation log (moderators and admins). */
  forumLog: (serverId: string, spaceId: string) => `/s/${part(serverId)}/spaces/${part(spaceId)}/forum/log`,
  /** "New and unread" in one space's forum. */
  forumUnread: (serverId: string, spaceId: string) => `/s/${part(serverId)}/spaces/${part(spaceId)}/forum/unread`,
  /** "New and unread" across every space of the server. */
  unread: (serverId: string) => `/s/${part(serverId)}/unread`,
  /** One's notifications on this server (mentions, replies, watched threads). */
  notifications: (serverId: string) => `/s/${part(serverId)}/notifications`,
  document: (serverId: string, documentId: string) => `/s/${part(serverId)}/documents/${part(documentId)}`,
  person: (serverId: string, userId: string) => `/s/${part(serverId)}/people/${part(userId)}`,
};

/**
 * Where to go once a sign-in is done (a link being opened): only an address inside the app
 * is followed, never anything else a crafted address might carry.
 */
export function withNext(path: string, next: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}next=${part(next)}`;
}

export function nextAfterSignIn(search: URLSearchParams): string | null {
  const next = search.get('next');
  return next && /^\/(s|open)[/?]/.test(next) ? next : null;
}

export type SpaceSection = 'documents' | 'forum' | 'people' | 'invites' | 'details';

/** What a screen passes to the next one it leads to ("You joined …"), carried in the history entry. */
export type ArrivalState = { notice?: string };
