const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Only web and mail links leave the app; anything else (file:, custom schemes, javascript:) is refused. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return ALLOWED_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
