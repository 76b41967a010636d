import { describe, expect, it } from 'vitest';
import { historyStepForButton, historyStepForKey } from './history-keys';

const key = (
  key: string,
  modifiers: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }>,
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('history keys', () => {
  it('are Alt+arrows on Windows and Linux, in text too', () => {
    expect(historyStepForKey(key('ArrowLeft', { altKey: true }), false, false)).toBe(-1);
    expect(historyStepForKey(key('ArrowRight', { altKey: true }), false, true)).toBe(1);
    expect(historyStepForKey(key('ArrowLeft', {}), false, false)).toBeNull();
    expect(historyStepForKey(key('ArrowLeft', { altKey: true, shiftKey: true }), false, false)).toBeNull();
    expect(historyStepForKey(key('[', { metaKey: true }), false, false)).toBeNull();
  });

  it('are ⌘[ ⌘] anywhere and ⌘arrows outside text on macOS', () => {
    expect(historyStepForKey(key('[', { metaKey: true }), true, true)).toBe(-1);
    expect(historyStepForKey(key(']', { metaKey: true }), true, true)).toBe(1);
    expect(historyStepForKey(key('ArrowLeft', { metaKey: true }), true, false)).toBe(-1);
    expect(historyStepForKey(key('ArrowLeft', { metaKey: true }), true, true)).toBeNull();
    expect(historyStepForKey(key('ArrowLeft', { altKey: true }), true, false)).toBeNull();
  });

  it('are the mouse’s back and forward buttons', () => {
    expect(historyStepForButton(3)).toBe(-1);
    expect(historyStepForButton(4)).toBe(1);
    expect(historyStepForButton(0)).toBeNull();
  });
});
