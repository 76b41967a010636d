import { useEffect } from 'react';

/**
 * Ctrl+K / ⌘K opens quick find, as in Slack and Outline; in a document's text the editor keeps
 * Ctrl+K for a link (as Word and Google Docs do) and stops it there, so Ctrl+Shift+K / ⌘⇧K
 * opens quick find from anywhere, text included.
 */
export function useQuickFindKeys(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (event.defaultPrevented && !event.shiftKey) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
