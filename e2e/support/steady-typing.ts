import type { Page } from '@playwright/test';

/** A keystroke and when it was sent: `pressedAt` as the key went down, `doneAt` once the page had it. */
export type Keystroke = { char: string; pressedAt: number; doneAt: number };

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes on one machine. */
export const now = () => performance.timeOrigin + performance.now();

/**
 * Types like a quick, steady typist (a key every `gapMs`, varied), one key at a time so each
 * one's time is known. Stops at the end of the text, when `stop()` says so, or when the page
 * can no longer take keys (its renderer died).
 */
export async function typeSteadily(
  page: Page,
  text: string,
  options: { gapMs: [number, number]; stop?: () => boolean },
): Promise<Keystroke[]> {
  const strokes: Keystroke[] = [];
  const [least, most] = options.gapMs;
  for (const char of text) {
    if (options.stop?.()) break;
    const pressedAt = now();
    try {
      await page.keyboard.type(char);
    } catch {
      break;
    }
    strokes.push({ char, pressedAt, doneAt: now() });
    await new Promise((resolve) => setTimeout(resolve, least + Math.random() * (most - least)));
  }
  return strokes;
}

/** Percentiles of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
