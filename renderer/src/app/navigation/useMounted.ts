import { useCallback, useEffect, useRef } from 'react';

/**
 * Whether the screen is still showing: a screen that finishes some work (a sign-in, say)
 * moves the person on only if they have not gone somewhere else meanwhile.
 */
export function useMounted(): () => boolean {
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current, []);
}
