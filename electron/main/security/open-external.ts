import { isSafeExternalUrl } from '../../services/open-external';

/**
 * The one place Branchline hands a link to the system: only http, https and mailto links
 * leave the app (checked here, right before the call, and in `open-external.test.ts`).
 */
export async function openExternalSafely(
  shell: { openExternal(url: string): Promise<void> },
  url: string,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  // Electronegativity asks for a review of every openExternal with a variable URL: this one is
  // checked against the scheme allowlist on the line above, so its finding is answered here.
  await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
