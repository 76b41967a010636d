import type { ServerEntry } from '../../../shared/ipc/contract';

/**
 * The server the window shows: the one marked active, else one signed in, else the default.
 * The app shows its spaces when someone is signed in there, and sign-in when not.
 */
export function shownServer(entries: readonly ServerEntry[]): ServerEntry | null {
  return (
    entries.find((entry) => entry.isActive) ??
    entries.find((entry) => entry.user) ??
    entries.find((entry) => entry.isDefault) ??
    entries[0] ??
    null
  );
}

/**
 * Which servers' sessions ended without the person signing out (expired or revoked on the
 * server), so sign-in can say why it is showing. Signing in again clears the mark.
 */
export function nextEndedSessions(
  previous: readonly ServerEntry[],
  next: readonly ServerEntry[],
  ended: ReadonlySet<string>,
  signingOut: ReadonlySet<string>,
): ReadonlySet<string> {
  const result = new Set(ended);
  for (const entry of next) {
    const before = previous.find((candidate) => candidate.id === entry.id);
    if (entry.user) result.delete(entry.id);
    else if (before?.user && !signingOut.has(entry.id)) result.add(entry.id);
  }
  return result;
}

/** What a server is called in the switcher: its organisation, else its address. */
export function serverLabel(entry: Pick<ServerEntry, 'organisation' | 'url'>): string {
  if (entry.organisation) return entry.organisation.name;
  try {
    return new URL(entry.url).host;
  } catch {
    return entry.url;
  }
}

/** Up to two initials for a server's avatar: "Gwynedd Libraries" → "GL". */
export function labelInitials(label: string): string {
  const words = label.split(/[\s.:/-]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const letters = words.slice(0, 2).map((word) => Array.from(word.replace(/[^\p{L}\p{N}]/gu, ''))[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}
