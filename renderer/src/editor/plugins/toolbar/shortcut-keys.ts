import type { KeyChord, ToolSpec } from './tools';

/** The host's platform (`process.platform`), as `window.branchline.app.info()` reports it. */
export const isApplePlatform = (platform: string | null): boolean => platform === 'darwin';

/** A tool's shortcuts as people read them on their keyboard: "Ctrl+Shift+Z" elsewhere, "⇧⌘Z" on a Mac. */
export function shortcutLabels(tool: ToolSpec, platform: string | null): string[] {
  if (!tool.keys) return [];
  const apple = isApplePlatform(platform);
  const chords: KeyChord[] = (apple ? tool.keys.apple : undefined) ?? tool.keys.other;
  return chords.map((chord) =>
    apple ? `${chord.shift ? '⇧' : ''}⌘${chord.key}` : `Ctrl+${chord.shift ? 'Shift+' : ''}${chord.key}`,
  );
}
