/**
 * Pure URL checks for Electron main (no electron import, so they are unit-tested without
 * the binary). "Our renderer" is the built index.html file, or the dev server's origin.
 */
export type RendererLocation = { kind: 'file'; fileUrl: string } | { kind: 'dev'; origin: string };

export function rendererLocation(indexFileUrl: string, devServerUrl: string | undefined): RendererLocation {
  return devServerUrl ? { kind: 'dev', origin: new URL(devServerUrl).origin } : { kind: 'file', fileUrl: indexFileUrl };
}

/** True only for our own page: the same file (any hash or query), or the dev server's origin. */
export function isOwnRendererUrl(url: string | undefined | null, location: RendererLocation): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  const own = new URL(location.fileUrl);
  return parsed.protocol === 'file:' && parsed.host === own.host && parsed.pathname === own.pathname;
}
