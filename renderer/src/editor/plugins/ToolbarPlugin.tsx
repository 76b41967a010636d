import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
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
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/en';
import { setBlockKind } from './block-commands';
import { LinkDialog } from './LinkDialog';
import { $readToolbarState, emptyToolbarState, type BlockKind, type ToolbarState } from './toolbar-state';

type Tool = { id: string; label: MessageKey; glyph: string; pressed?: boolean; disabled?: boolean; run: () => void };

/**
 * The formatting toolbar: one tab stop, arrow keys (and Home/End) move between its buttons,
 * each button says whether it is on. Ctrl/Cmd+K opens the link dialog.
 */
export function ToolbarPlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [state, setState] = useState<ToolbarState>(emptyToolbarState);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

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
            if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return false;
            event.preventDefault();
            setLinkOpen(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, refresh],
  );

  const format = (type: TextFormatType) => () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const block = (kind: BlockKind) => () => setBlockKind(editor, kind, state.block);
  const tools: Tool[] = [
    {
      id: 'paragraph',
      label: 'editor.paragraph',
      glyph: '¶',
      pressed: state.block === 'paragraph',
      run: block('paragraph'),
    },
    { id: 'h1', label: 'editor.heading1', glyph: 'H1', pressed: state.block === 'h1', run: block('h1') },
    { id: 'h2', label: 'editor.heading2', glyph: 'H2', pressed: state.block === 'h2', run: block('h2') },
    { id: 'h3', label: 'editor.heading3', glyph: 'H3', pressed: state.block === 'h3', run: block('h3') },
    { id: 'bold', label: 'editor.bold', glyph: 'B', pressed: state.bold, run: format('bold') },
    { id: 'italic', label: 'editor.italic', glyph: 'I', pressed: state.italic, run: format('italic') },
    { id: 'underline', label: 'editor.underline', glyph: 'U', pressed: state.underline, run: format('underline') },
    {
      id: 'strike',
      label: 'editor.strikethrough',
      glyph: 'S',
      pressed: state.strikethrough,
      run: format('strikethrough'),
    },
    { id: 'code', label: 'editor.code', glyph: '</>', pressed: state.code, run: format('code') },
    { id: 'link', label: 'editor.link', glyph: '↗', pressed: state.link, run: () => setLinkOpen(true) },
    { id: 'bullet', label: 'editor.bulletList', glyph: '•', pressed: state.block === 'bullet', run: block('bullet') },
    { id: 'number', label: 'editor.numberList', glyph: '1.', pressed: state.block === 'number', run: block('number') },
    { id: 'check', label: 'editor.checkList', glyph: '☑', pressed: state.block === 'check', run: block('check') },
    { id: 'quote', label: 'editor.quote', glyph: '❝', pressed: state.block === 'quote', run: block('quote') },
    { id: 'codeblock', label: 'editor.codeBlock', glyph: '{ }', pressed: state.block === 'code', run: block('code') },
    {
      id: 'undo',
      label: 'editor.undo',
      glyph: '↶',
      disabled: !canUndo,
      run: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
    },
    {
      id: 'redo',
      label: 'editor.redo',
      glyph: '↷',
      disabled: !canRedo,
      run: () => editor.dispatchCommand(REDO_COMMAND, undefined),
    },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number | null = null;
    if (event.key in moves) next = (focusIndex + moves[event.key]! + tools.length) % tools.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tools.length - 1;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  if (readOnly) return null;
  return (
    <>
      <div
        className="toolbar"
        role="toolbar"
        aria-label={t('editor.toolbar')}
        aria-controls="document-content"
        onKeyDown={onKeyDown}
      >
        {tools.map((tool, index) => (
          <button
            key={tool.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`tool tool-${tool.id}`}
            tabIndex={index === focusIndex ? 0 : -1}
            title={t(tool.label)}
            aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
            aria-disabled={tool.disabled || undefined}
            onFocus={() => setFocusIndex(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => !tool.disabled && tool.run()}
          >
            {/* The name is text, not aria-label, so it never contradicts the visible glyph ("H1"). */}
            <span aria-hidden="true">{tool.glyph}</span>
            <span className="visually-hidden">{t(tool.label)}</span>
          </button>
        ))}
      </div>
      {linkOpen && <LinkDialog isLink={state.link} onClose={() => setLinkOpen(false)} />}
    </>
  );
}
