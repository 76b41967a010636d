/**
 * Puts text on the clipboard; false when the window may not (Electron refuses the clipboard
 * permission by default), so the caller shows the text for the person to copy themselves.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
