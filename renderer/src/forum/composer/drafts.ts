import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftKey } from '../../../../shared/ipc/forum-changes';
import { host } from '../../data/host';

/** How long typing pauses before the draft is written to the device. */
export const DRAFT_DELAY_MS = 500;

/** The draft kept for a composer: `undefined` while the host is asked, then the draft or null. */
export function useStoredDraft(serverId: string, key: DraftKey): Draft | null | undefined {
  const [draft, setDraft] = useState<{ key: string; draft: Draft | null } | null>(null);
  useEffect(() => {
    let cancelled = false;
    // A host that cannot answer (or an older one without drafts) opens the composer empty.
    Promise.resolve()
      .then(() => host().drafts.get({ serverId, key }))
      .catch(() => null)
      .then((found) => !cancelled && setDraft({ key, draft: found ?? null }));
    return () => {
      cancelled = true;
    };
  }, [serverId, key]);
  return draft?.key === key ? draft.draft : undefined;
}

/**
 * Writes a composer's draft to the device as the person types: at most one write per pause of
 * DRAFT_DELAY_MS, and whatever is still unwritten when the composer closes. `clear` forgets
 * the draft (after sending) and drops a write still waiting.
 */
export function useDraftWriter(serverId: string, key: DraftKey) {
  const pending = useRef<Draft | null | undefined>(undefined);
  const timer = useRef<number | null>(null);

  const write = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const draft = pending.current;
    if (draft === undefined) return;
    pending.current = undefined;
    void Promise.resolve()
      .then(() => host().drafts.put({ serverId, key, draft }))
      .catch(() => undefined);
  }, [serverId, key]);

  const save = useCallback(
    (draft: Draft | null) => {
      pending.current = draft;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(write, DRAFT_DELAY_MS);
    },
    [write],
  );

  const clear = useCallback(() => {
    pending.current = null;
    write();
  }, [write]);

  // Closing the composer (leaving the thread, the window closing) writes what waits.
  useEffect(() => {
    window.addEventListener('beforeunload', write);
    return () => {
      window.removeEventListener('beforeunload', write);
      write();
    };
  }, [write]);

  return { save, clear };
}
