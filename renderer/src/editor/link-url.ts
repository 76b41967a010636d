const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** A link target a person typed, made safe: only web and mail addresses; bare domains get https. */
export function normaliseLinkUrl(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    return ALLOWED.has(url.protocol) && (url.protocol === 'mailto:' || url.hostname) ? url.toString() : null;
  } catch {
    return null;
  }
}
