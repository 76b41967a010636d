import { useSyncExternalStore } from 'react';

/** The time, to the minute, shared by every "5 min ago" on screen and moved on once a minute while any is shown. */
let now = Date.now();
const listeners = new Set<() => void>();
let ticker: number | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (ticker === null) {
    now = Date.now();
    ticker = window.setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 60_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker !== null) {
      window.clearInterval(ticker);
      ticker = null;
    }
  };
}

export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
