import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellingLanguage } from '../../../../shared/ipc/spelling-contract';
import { $blockText, $isTextBlock, $textBlockOf, pointAt } from './spelling-blocks';
import { createSpellingMarks, type Mistake, type SpellingMarks } from './spelling-marks';
import { SpellingBar } from './SpellingBar';
import { SpellingMenu, type SpellingChoice } from './SpellingMenu';
import { checkWords, markKnown } from './word-cache';
import './spelling.css';

type Open = { mistake: Mistake; suggestions: string[]; rect: DOMRect };

/** Where the caret is, as a block and an offset in its text (the later end of a selection). */
function $caret(): { blockKey: string; offset: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const point = selection.isBackward() ? selection.anchor : selection.focus;
  const block = $textBlockOf(point.getNode());
  if (!block) return null;
  const segment = $blockText(block).segments.find((s) => s.key === point.key);
  return { blockKey: block.getKey(), offset: segment && point.type === 'text' ? segment.start + point.offset : 0 };
}

/** Selects the word in the document, if the text there is still that word. */
function $selectMistake(mistake: Mistake): boolean {
  const block = $getNodeByKey(mistake.blockKey);
  if (!block || !$isTextBlock(block)) return false;
  const { text, segments } = $blockText(block);
  if (text.slice(mistake.start, mistake.end) !== mistake.word) return false;
  const from = pointAt(segments, mistake.start, false);
  const to = pointAt(segments, mistake.end, true);
  if (!from || !to) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(from.key, from.offset, 'text');
  selection.focus.set(to.key, to.offset, 'text');
  $setSelection(selection);
  return true;
}

/**
 * Spell-checking in the editor, offline, in the document's language (the host's spelling
 * worker). F7 (or the bar's button) selects the next misspelt word and opens its menu.
 */
export function SpellingPlugin({ language, editable }: { language: SpellingLanguage; editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [state, setState] = useState({ count: 0, checking: true });
  const [open, setOpen] = useState<Open | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const marks = useRef<SpellingMarks | null>(null);
  const ignored = useRef(new Set<string>());
  const anchor = useRef<HTMLDivElement | null>(null);
  const active = enabled === true && editable;

  useEffect(() => {
    let current = true;
    void window.branchline.spelling.prefs().then((prefs) => current && setEnabled(prefs.enabled));
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!active) return;
    const made = createSpellingMarks({ editor, language, ignored: ignored.current, onChange: setState });
    marks.current = made;
    return () => {
      made.stop();
      marks.current = null;
      setState({ count: 0, checking: true });
    };
  }, [active, editor, language]);

  /** Selects the word in the text and opens its menu by it. */
  const openFor = useCallback(
    async (mistake: Mistake) => {
      const current = marks.current;
      if (!current) return;
      let selected = false;
      editor.update(
        () => {
          selected = $selectMistake(mistake);
        },
        { discrete: true },
      );
      if (!selected) return;
      // The word as marked, or else as selected on screen.
      const selection = window.getSelection();
      const range = current.rangeOf(mistake) ?? (selection?.rangeCount ? selection.getRangeAt(0) : null);
      if (!range) return;
      range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      const { suggestions } = await window.branchline.spelling.suggest({ language, word: mistake.word });
      setOpen({ mistake, suggestions, rect: range.getBoundingClientRect() });
    },
    [editor, language],
  );

  const goToNext = useCallback(async () => {
    const current = marks.current;
    if (!current) return;
    await current.settled();
    const mistakes = current.mistakes();
    // After the caret in its own block, or else in a later block (mistakes come in document order), or from the top.
    const next = editor.getEditorState().read(() => {
      const caret = $caret();
      const caretBlock = caret && $getNodeByKey(caret.blockKey);
      if (!caret || !caretBlock) return mistakes[0];
      const after = (m: Mistake) => {
        if (m.blockKey === caret.blockKey) return m.start >= caret.offset;
        const block = $getNodeByKey(m.blockKey);
        return block !== null && caretBlock.isBefore(block);
      };
      return mistakes.find(after) ?? mistakes[0];
    });
    if (!next) {
      setAnnouncement(t('spelling.noneLeft'));
      return;
    }
    await openFor(next);
  }, [editor, openFor, t]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.key !== 'F7' || !marks.current) return false;
          event.preventDefault();
          // A command runs inside the editor's own update: selecting the word must wait until it is over.
          setTimeout(() => void goToNext(), 0);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, goToNext],
  );

  // A right-click on a marked word offers the same menu instead of the browser's.
  useEffect(() => {
    let attached: HTMLElement | null = null;
    const onContextMenu = (event: MouseEvent) => {
      const at = document.caretPositionFromPoint(event.clientX, event.clientY);
      const mistake = at && marks.current?.mistakeAt(at.offsetNode, at.offset);
      if (!mistake) return;
      event.preventDefault();
      void openFor(mistake);
    };
    const stop = editor.registerRootListener((root) => {
      attached?.removeEventListener('contextmenu', onContextMenu);
      attached = root;
      root?.addEventListener('contextmenu', onContextMenu);
    });
    return () => {
      stop();
      attached?.removeEventListener('contextmenu', onContextMenu);
    };
  }, [editor, openFor]);

  const close = () => {
    setOpen(null);
    editor.focus();
  };

  const choose = (choice: SpellingChoice) => {
    if (!open) return;
    const { word } = open.mistake;
    if (choice.kind === 'replace') {
      editor.update(() => {
        if (!$selectMistake(open.mistake)) return;
        $getSelection()?.insertText(choice.suggestion);
      });
      void checkWords(language, [choice.suggestion]);
      setAnnouncement(t('spelling.replaced', { word, suggestion: choice.suggestion }));
    } else if (choice.kind === 'add') {
      markKnown(language, word);
      void window.branchline.spelling.addWord({ language, word });
      marks.current?.remark();
    } else {
      ignored.current.add(word);
      marks.current?.remark();
    }
    close();
  };

  const toggle = (on: boolean) => {
    setEnabled(on);
    void window.branchline.spelling.setPrefs({ enabled: on });
  };

  if (!editable) return null;
  return (
    <>
      <SpellingBar
        enabled={enabled}
        language={language}
        count={state.count}
        checking={state.checking}
        announcement={announcement}
        onNext={() => void goToNext()}
        onToggle={toggle}
      />
      {open && (
        <>
          <div
            ref={anchor}
            className="spelling-anchor"
            aria-hidden="true"
            style={{ left: open.rect.left, top: open.rect.top, width: open.rect.width, height: open.rect.height }}
          />
          <SpellingMenu
            anchor={anchor}
            word={open.mistake.word}
            suggestions={open.suggestions}
            onChoose={choose}
            onClose={close}
          />
        </>
      )}
    </>
  );
}
