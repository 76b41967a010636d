import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { IS_APPLE, mergeRegister } from '@lexical/utils';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_MODIFIER_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useHostPlatform } from '../useHostPlatform';
import { setBlockKind } from './block-commands';
import { LinkDialog } from './LinkDialog';
import { MoreFormatting } from './toolbar/MoreFormatting';
import { ToolButton, type ToolState } from './toolbar/ToolButton';
import { splitTools, TOOLS, type ToolId } from './toolbar/tools';
import { useToolbarFit } from './toolbar/useToolbarFit';
import { $readToolbarState, emptyToolbarState, type BlockKind, type ToolbarState } from './toolbar-state';

/** Ctrl+K (⌘K on a Mac), without Shift or Alt: Ctrl+Shift+K is the app's quick find everywhere. */
function isLinkShortcut(event: globalThis.KeyboardEvent): boolean {
  if (event.key.toLowerCase() !== 'k' || event.shiftKey || event.altKey) return false;
  return IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/**
 * The formatting toolbar: one row, one tab stop, arrow keys (and Home/End) between its tools,
 * each with a tooltip that names it and its shortcut. When the row is too narrow for every
 * tool, the least used go into a "More formatting" menu. Ctrl/⌘+K in the text opens the link
 * dialog and goes no further (the app's quick find has Ctrl+K elsewhere).
 */
export function ToolbarPlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const platform = useHostPlatform();
  const [state, setState] = useState<ToolbarState>(emptyToolbarState);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const { setToolbar, count } = useToolbarFit(TOOLS.length);
  // After a menu item acts, the text gets the focus back (not the menu's button), so writing carries on.
  const focusTextAfterMenu = useRef(false);

  const refresh = useCallback(() => editor.getEditorState().read(() => setState($readToolbarState())), [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(() => refresh()),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (refresh(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(
          KEY_MODIFIER_COMMAND,
          (event) => {
            if (!isLinkShortcut(event) || !editor.isEditable()) return false;
            event.preventDefault();
            event.stopPropagation();
            setLinkOpen(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh],
  );

  useEffect(() => {
    if (menuOpen || !focusTextAfterMenu.current) return;
    focusTextAfterMenu.current = false;
    editor.focus();
  }, [menuOpen, editor]);

  const format = (type: TextFormatType) => () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const block = (kind: BlockKind) => () => setBlockKind(editor, kind, state.block);
  const actions: Record<ToolId, () => void> = {
    paragraph: block('paragraph'),
    h1: block('h1'),
    h2: block('h2'),
    h3: block('h3'),
    bold: format('bold'),
    italic: format('italic'),
    underline: format('underline'),
    strike: format('strikethrough'),
    code: format('code'),
    link: () => setLinkOpen(true),
    bullet: block('bullet'),
    number: block('number'),
    check: block('check'),
    quote: block('quote'),
    codeblock: block('code'),
    undo: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
    redo: () => editor.dispatchCommand(REDO_COMMAND, undefined),
  };
  const states: Record<ToolId, ToolState> = {
    paragraph: { pressed: state.block === 'paragraph' },
    h1: { pressed: state.block === 'h1' },
    h2: { pressed: state.block === 'h2' },
    h3: { pressed: state.block === 'h3' },
    bold: { pressed: state.bold },
    italic: { pressed: state.italic },
    underline: { pressed: state.underline },
    strike: { pressed: state.strikethrough },
    code: { pressed: state.code },
    link: { pressed: state.link },
    bullet: { pressed: state.block === 'bullet' },
    number: { pressed: state.block === 'number' },
    check: { pressed: state.block === 'check' },
    quote: { pressed: state.block === 'quote' },
    codeblock: { pressed: state.block === 'code' },
    undo: { disabled: !canUndo },
    redo: { disabled: !canRedo },
  };
  const runFromMenu = (id: ToolId) => {
    if (states[id].disabled) return;
    focusTextAfterMenu.current = id !== 'link';
    setMenuOpen(false);
    actions[id]();
  };
  const { shown, more } = splitTools(count);

  // React Aria's toolbar moves with the arrow keys; Home and End go to the first and last tool.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Home' && event.key !== 'End') return;
    const tools = event.currentTarget.querySelectorAll<HTMLElement>('[role="toolbar"] button');
    const target = event.key === 'Home' ? tools[0] : tools[tools.length - 1];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  if (readOnly) return null;
  return (
    <>
      <div className="toolbar-frame" onKeyDown={onKeyDown}>
        <Toolbar ref={setToolbar} className="toolbar" aria-label={t('editor.toolbar')}>
          {shown.map((tool) => (
            <ToolButton
              key={tool.id}
              tool={tool}
              state={states[tool.id]}
              platform={platform}
              onRun={actions[tool.id]}
            />
          ))}
          {more.length > 0 && (
            <MoreFormatting
              tools={more}
              states={states}
              platform={platform}
              isOpen={menuOpen}
              onOpenChange={setMenuOpen}
              onRun={runFromMenu}
            />
          )}
        </Toolbar>
      </div>
      <LinkDialog isOpen={linkOpen} isLink={state.link} onClose={() => setLinkOpen(false)} />
    </>
  );
}
