import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** How long a person's name stays spelled out after they type or move; then it shrinks to a flag. */
export const NAME_SHOWN_MS = 2500;

type CursorFields = { name: unknown; color: unknown; anchorPos?: unknown; focusPos?: unknown; focusing?: unknown };

/** Lexical's caret elements carry no client id; a person's name and colour are what they show. */
const personKey = (name: unknown, color: unknown): string => `${String(name)}\n${String(color)}`;

/**
 * Decides, for each remote caret Lexical draws (theme.ts `collaboration`), whether its name is
 * spelled out (`data-active`: for a moment after that person types or moves, or on hover, CSS)
 * or shown as a small flag, and on which side of the caret it goes (`data-side="start"` near the
 * right edge, so it never runs out of the editor). The label sits on the caret's own line
 * (editor.css), so it never covers the line above. The presence list names everyone too.
 */
export function RemoteCursorLabels({
  container,
  awareness,
  doc,
}: {
  container: HTMLElement;
  awareness: Awareness;
  doc: Y.Doc;
}) {
  useEffect(() => {
    const activeUntil = new Map<string, number>();
    const lastPlace = new Map<number, string>();
    let frame = 0;
    let expiry: ReturnType<typeof setTimeout> | undefined;

    const apply = () => {
      frame = 0;
      const now = Date.now();
      const width = container.clientWidth;
      let nextExpiry = Infinity;
      for (const caret of Array.from(container.querySelectorAll<HTMLElement>('.ed-cursor'))) {
        const name = caret.querySelector<HTMLElement>('.ed-cursor-name');
        if (!name) continue;
        const until = activeUntil.get(
          personKey(name.textContent, caret.style.getPropertyValue('--lexical-cursor-color')),
        );
        const active = until !== undefined && until > now;
        if (active) nextExpiry = Math.min(nextExpiry, until);
        if (caret.hasAttribute('data-active') !== active) caret.toggleAttribute('data-active', active);
        // The whole name's width, even while it is a flag (it is clipped, not shrunk).
        const side = parseFloat(caret.style.left) + name.scrollWidth + 4 > width ? 'start' : 'end';
        if (caret.dataset.side !== side) caret.dataset.side = side;
      }
      clearTimeout(expiry);
      if (nextExpiry !== Infinity) expiry = setTimeout(schedule, nextExpiry - now + 20);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    const markActive = (clientId: number) => {
      const state = awareness.getStates().get(clientId) as CursorFields | undefined;
      if (!state) return;
      activeUntil.set(personKey(state.name, state.color), Date.now() + NAME_SHOWN_MS);
      schedule();
    };

    // Someone moved their caret or selection, or arrived.
    const onAwareness = ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const clientId of [...added, ...updated]) {
        if (clientId === awareness.clientID) continue;
        const state = awareness.getStates().get(clientId) as CursorFields | undefined;
        const place = JSON.stringify([state?.anchorPos, state?.focusPos, state?.focusing]);
        if (lastPlace.get(clientId) === place) continue;
        lastPlace.set(clientId, place);
        markActive(clientId);
      }
    };
    // Someone typed: their Yjs client id (the same as their awareness id) wrote new items.
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.local) return;
      for (const [clientId, clock] of transaction.afterState)
        if (clientId !== doc.clientID && clock > (transaction.beforeState.get(clientId) ?? 0)) markActive(clientId);
    };

    awareness.on('change', onAwareness);
    doc.on('afterTransaction', onTransaction);
    // Lexical makes, moves and remakes caret elements on its own schedule; label them when it does.
    const observer = new MutationObserver(schedule);
    observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    return () => {
      awareness.off('change', onAwareness);
      doc.off('afterTransaction', onTransaction);
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(expiry);
    };
  }, [container, awareness, doc]);
  return null;
}
