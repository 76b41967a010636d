import { useEffect, useRef } from 'react';

/** Moves focus to a new screen's heading, so keyboard and screen-reader users start at the top of it. */
export function useScreenHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
