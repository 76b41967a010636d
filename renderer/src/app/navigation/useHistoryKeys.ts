import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { historyStepForButton, historyStepForKey, isMacPlatform } from './history-keys';

function inText(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select, [contenteditable="true"]'))
  );
}

/**
 * Back and Forward by keyboard and by the mouse's side buttons, in both hosts. Electron has
 * no browser around the page to do it; in the browser host the app takes them (and stops the
 * browser's own) so one press is one step through the app's screens, never out of the app.
 */
export function useHistoryKeys(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const mac = isMacPlatform(navigator.platform);
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const step = historyStepForKey(event, mac, inText(event.target));
      if (step === null) return;
      event.preventDefault();
      void navigate(step);
    };
    // The browser acts on the button's release; the press is stopped too, so nothing else starts.
    const onPress = (event: MouseEvent) => historyStepForButton(event.button) !== null && event.preventDefault();
    const onRelease = (event: MouseEvent) => {
      const step = historyStepForButton(event.button);
      if (step === null) return;
      event.preventDefault();
      void navigate(step);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onPress);
    window.addEventListener('mouseup', onRelease);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onPress);
      window.removeEventListener('mouseup', onRelease);
    };
  }, [navigate]);
}
