import { describe, expect, it } from 'vitest';
import { shortcutLabels } from './shortcut-keys';
import { splitTools, TOOL_PRIORITY, TOOLS, toolsThatFit } from './tools';

const tool = (id: string) => TOOLS.find((candidate) => candidate.id === id)!;

describe('the toolbar’s tools', () => {
  it('rank every tool once for the narrow toolbar', () => {
    expect([...TOOL_PRIORITY].sort()).toEqual(TOOLS.map((candidate) => candidate.id).sort());
  });

  it('all fit in one row when there is room, else as many as fit beside the More button', () => {
    // 17 tools 40 px wide with 4 px gaps need 744 px.
    expect(toolsThatFit(744, 40, 4, 17)).toBe(17);
    expect(toolsThatFit(743, 40, 4, 17)).toBe(15);
    // 320 px wide window: about 270 px of toolbar, room for 5 tools and the More button.
    expect(toolsThatFit(270, 40, 4, 17)).toBe(5);
    expect(toolsThatFit(30, 40, 4, 17)).toBe(0);
  });

  it('keep toolbar order on the toolbar and in the menu, and lose no tool', () => {
    const { shown, more } = splitTools(5);
    expect(shown.map((candidate) => candidate.id)).toEqual(['bold', 'italic', 'link', 'bullet', 'number']);
    expect(more.map((candidate) => candidate.id)).toEqual(
      TOOLS.map((candidate) => candidate.id).filter(
        (id) => !['bold', 'italic', 'link', 'bullet', 'number'].includes(id),
      ),
    );
    expect(splitTools(17).more).toEqual([]);
  });

  it('name shortcuts as the keyboard shows them: Ctrl elsewhere, ⌘ on a Mac', () => {
    expect(shortcutLabels(tool('bold'), 'win32')).toEqual(['Ctrl+B']);
    expect(shortcutLabels(tool('bold'), 'darwin')).toEqual(['⌘B']);
    expect(shortcutLabels(tool('redo'), 'linux')).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z']);
    expect(shortcutLabels(tool('redo'), 'darwin')).toEqual(['⇧⌘Z']);
    expect(shortcutLabels(tool('link'), null)).toEqual(['Ctrl+K']);
    expect(shortcutLabels(tool('h2'), 'linux')).toEqual([]);
  });
});
