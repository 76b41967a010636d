import { useEffect, useState } from 'react';

let asked: Promise<string | null> | null = null;

/**
 * The host's platform (`darwin`, `win32`, `linux`…), asked once per window; null until it answers.
 * Shortcut names follow it: ⌘ on a Mac, Ctrl elsewhere.
 */
export function useHostPlatform(): string | null {
  const [platform, setPlatform] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    asked ??= window.branchline.app.info().then(
      (info) => info.platform,
      () => null,
    );
    void asked.then((value) => current && setPlatform(value));
    return () => {
      current = false;
    };
  }, []);
  return platform;
}
