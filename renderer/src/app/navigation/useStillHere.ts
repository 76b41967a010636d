import { useCallback, useLayoutEffect } from 'react';
import { useLocation } from 'react-router';

/** The key of the history entry on screen now; `FollowLocation` keeps it current. */
const current = { key: '' };

/** Mounted once inside the router. */
export function FollowLocation(): null {
  const { key } = useLocation();
  useLayoutEffect(() => {
    current.key = key;
  }, [key]);
  return null;
}

/**
 * Whether the person is still where they were when something began (a sign-in, say): work
 * that finishes later moves them on only if they have not gone elsewhere meanwhile. Asked of
 * the history entry, not of the component, which may be remounted on the way (its frame
 * changes once someone is signed in).
 */
export function useStillHere(): () => boolean {
  const { key } = useLocation();
  return useCallback(() => current.key === key, [key]);
}
