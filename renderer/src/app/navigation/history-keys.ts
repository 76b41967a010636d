/** Which way through the history a key or mouse button asks to go, if any. */
export type HistoryStep = -1 | 1 | null;

type KeyLike = { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

/**
 * Back and Forward as a desktop app has them: Alt+← / Alt+→ (Windows, Linux), ⌘[ / ⌘] and
 * ⌘← / ⌘→ (macOS). ⌘← inside text moves the caret to the line's start, so on macOS the arrows
 * count only outside text; Alt+arrows never mean anything else in text on Windows and Linux.
 */
export function historyStepForKey(event: KeyLike, mac: boolean, inText: boolean): HistoryStep {
  if (event.shiftKey || event.ctrlKey) return null;
  if (mac) {
    if (!event.metaKey || event.altKey) return null;
    if (event.key === '[') return -1;
    if (event.key === ']') return 1;
    if (inText) return null;
    return event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : null;
  }
  if (!event.altKey || event.metaKey) return null;
  return event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : null;
}

/** A mouse's back (button 3) and forward (button 4) buttons. */
export function historyStepForButton(button: number): HistoryStep {
  return button === 3 ? -1 : button === 4 ? 1 : null;
}

export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad/i.test(platform);
}
