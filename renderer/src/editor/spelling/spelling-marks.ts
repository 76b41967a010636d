import type { LexicalEditor, NodeKey } from 'lexical';
import { $getNodeByKey } from 'lexical';
import type { SpellingLanguage } from '../../../../shared/ipc/spelling-contract';
import { tokenise, type SpellingToken } from '../../../../shared/spelling/tokenise';
import { $blockText, $isTextBlock, $textBlockOf, $textBlocks, type TextSegment } from './spelling-blocks';
import { checkWords, isMisspelt } from './word-cache';

/** The CSS highlight's name (spelling.css draws it: a wavy underline). */
export const SPELLING_HIGHLIGHT = 'branchline-spelling';
/** Changes are checked once typing pauses this long. */
const SETTLE_MS = 300;

type Block = { text: string; segments: TextSegment[]; tokens: SpellingToken[] };
export type Mistake = { blockKey: NodeKey; start: number; end: number; word: string };

/** The first text node inside a Lexical text node's element (formatting may wrap it). */
function domText(element: HTMLElement | null): Text | null {
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text | null;
}

/**
 * Marks the misspelt words of a document with the CSS Custom Highlight API: the document itself
 * is never changed (it is shared through Yjs). Only the blocks an update touched are read again,
 * once typing settles; each word is asked about once (word-cache.ts).
 */
export function createSpellingMarks(options: {
  editor: LexicalEditor;
  language: SpellingLanguage;
  ignored: ReadonlySet<string>;
  /** Told how many words are marked, and whether a check is waiting on the host. */
  onChange: (state: { count: number; checking: boolean }) => void;
}) {
  const { editor, language } = options;
  const blocks = new Map<NodeKey, Block>();
  const ranges = new Map<NodeKey, Array<{ range: Range; mistake: Mistake }>>();
  const dirty = new Set<NodeKey>();
  let everything = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let checks = 0;
  /** The flush running now, if any (for `settled`). */
  let running: Promise<void> | null = null;

  const misspelt = (word: string) => !options.ignored.has(word) && isMisspelt(language, word) === true;

  function rangeFor(segments: readonly TextSegment[], start: number, end: number): Range | null {
    const first = segments.find((s) => start >= s.start && start < s.start + s.length);
    const last = segments.find((s) => end > s.start && end <= s.start + s.length);
    const from = first && domText(editor.getElementByKey(first.key));
    const to = last && domText(editor.getElementByKey(last.key));
    if (!first || !last || !from || !to) return null;
    try {
      const range = new Range();
      range.setStart(from, start - first.start);
      range.setEnd(to, end - last.start);
      return range;
    } catch {
      // The DOM moved on since the block was read: it is dirty, and read again shortly.
      return null;
    }
  }

  function markBlock(key: NodeKey): void {
    const block = blocks.get(key);
    const marks = (block?.tokens ?? []).flatMap((token) => {
      const range = misspelt(token.word) && rangeFor(block!.segments, token.start, token.end);
      return range ? [{ range, mistake: { blockKey: key, ...token } }] : [];
    });
    if (marks.length > 0) ranges.set(key, marks);
    else ranges.delete(key);
  }

  function paint(): void {
    if (stopped) return;
    const all = [...ranges.values()].flat().map((mark) => mark.range);
    CSS.highlights.set(SPELLING_HIGHLIGHT, new Highlight(...all));
    options.onChange({ count: all.length, checking: checks > 0 || everything });
  }

  async function flush(): Promise<void> {
    timer = null;
    const read: NodeKey[] = [];
    editor.getEditorState().read(() => {
      if (everything) {
        blocks.clear();
        ranges.clear();
        for (const block of $textBlocks()) dirty.add(block.getKey());
        everything = false;
      }
      for (const key of dirty) {
        const node = $getNodeByKey(key);
        if (!node || !$isTextBlock(node) || !node.isAttached()) {
          blocks.delete(key);
          ranges.delete(key);
          continue;
        }
        const { text, segments } = $blockText(node);
        blocks.set(key, { text, segments, tokens: tokenise(text) });
        read.push(key);
      }
      dirty.clear();
      // A block removed without being marked dirty itself (its parent was) goes here.
      for (const key of blocks.keys()) {
        if (!$getNodeByKey(key)?.isAttached()) {
          blocks.delete(key);
          ranges.delete(key);
        }
      }
    });
    for (const key of read) markBlock(key);
    paint();
    const words = read.flatMap((key) => blocks.get(key)!.tokens.map((t) => t.word));
    checks++;
    try {
      await checkWords(language, words);
      for (const key of read) markBlock(key);
    } finally {
      checks--;
    }
    paint();
  }

  function schedule(): void {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      const flushing = flush().finally(() => {
        if (running === flushing) running = null;
      });
      running = flushing;
    }, SETTLE_MS);
  }

  const stopListening = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    editorState.read(() => {
      for (const key of [...dirtyElements.keys(), ...dirtyLeaves]) {
        const node = $getNodeByKey(key);
        const block = node && $textBlockOf(node);
        if (block) dirty.add(block.getKey());
      }
    });
    schedule();
  });
  schedule();

  return {
    /** The marked words in document order (for "next spelling mistake"). */
    mistakes(): Mistake[] {
      const found: Mistake[] = [];
      editor.getEditorState().read(() => {
        for (const node of $textBlocks()) {
          const block = blocks.get(node.getKey());
          for (const token of block?.tokens ?? [])
            if (misspelt(token.word)) found.push({ blockKey: node.getKey(), ...token });
        }
      });
      return found;
    },
    /** Resolves once every change so far has been checked (F7 pressed just after typing sees the new words). */
    async settled(): Promise<void> {
      while (!stopped && (timer || running)) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      }
    },
    /** The word's place on screen, for the suggestions menu. */
    rangeOf(mistake: Mistake): Range | null {
      const block = blocks.get(mistake.blockKey);
      return block ? rangeFor(block.segments, mistake.start, mistake.end) : null;
    },
    /** The marked word at a point of the page (where a right-click landed), if any. */
    mistakeAt(node: Node, offset: number): Mistake | null {
      for (const marks of ranges.values())
        for (const mark of marks) if (mark.range.isPointInRange(node, offset)) return mark.mistake;
      return null;
    },
    /** After "Ignore" or "Add to dictionary": every block's marks again. */
    remark(): void {
      for (const key of blocks.keys()) markBlock(key);
      paint();
    },
    stop(): void {
      stopped = true;
      if (timer) clearTimeout(timer);
      stopListening();
      CSS.highlights.delete(SPELLING_HIGHLIGHT);
    },
  };
}

export type SpellingMarks = ReturnType<typeof createSpellingMarks>;
