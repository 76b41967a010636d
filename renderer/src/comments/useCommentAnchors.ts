import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { anchorCollapsed } from '../../../shared/comments/anchors';
import type { CommentThreadView } from '../../../shared/comments/comment-rooms';
import { DOCUMENT_ROOT_NAME } from '../../../shared/editor/nodes';
import { $anchorRange, $selectionAnchor, type SelectionAnchor } from './lexical-anchors';

const HIGHLIGHT = 'bl-comment';
const ACTIVE_HIGHLIGHT = 'bl-comment-active';

function highlightRegistry(): HighlightRegistry | null {
  return typeof Highlight !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
}

export type CommentAnchors = {
  /** Each open thread's passage in the editor as it is now (missing while it cannot be placed). */
  ranges: ReadonlyMap<string, Range>;
  /** Threads whose words were all deleted. */
  detached: ReadonlySet<string>;
  /** The threads whose passage holds the caret (or the start of the selection). */
  atCaret: readonly string[];
  /** The words selected in the document now, as an anchor; null when none. */
  selection: () => SelectionAnchor | null;
};

/**
 * Where each thread sits in the editor: its passage found from its Yjs anchor after every
 * editor update (so it follows both people's typing), painted with the CSS Custom Highlight API
 * (never a change to the document), and the threads at the caret, for "this passage has comments".
 */
export function useCommentAnchors(
  doc: Y.Doc,
  threads: readonly CommentThreadView[],
  activeId: string | null,
  /** Told when the caret moves into (or out of) commented words: the threads there now. */
  onCaretThreads: (threadIds: readonly string[]) => void,
) {
  const [editor] = useLexicalComposerContext();
  const [anchors, setAnchors] = useState<Omit<CommentAnchors, 'selection'>>({
    ranges: new Map(),
    detached: new Set(),
    atCaret: [],
  });
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement) as Y.XmlElement;
  const latest = useRef<{
    threads: readonly CommentThreadView[];
    ranges: ReadonlyMap<string, Range>;
    selected: SelectionAnchor | null;
    onCaretThreads: (threadIds: readonly string[]) => void;
  }>({ threads, ranges: anchors.ranges, selected: null, onCaretThreads });

  const place = useCallback(() => {
    const ranges = new Map<string, Range>();
    const detached = new Set<string>();
    editor.read(() => {
      for (const thread of latest.current.threads) {
        if (anchorCollapsed(doc, thread.anchor, thread.focus)) {
          detached.add(thread.id);
          continue;
        }
        const range = $anchorRange(editor, doc, root, thread.anchor, thread.focus);
        if (range) ranges.set(thread.id, range);
      }
    });
    latest.current.ranges = ranges;
    setAnchors((current) => ({ ...current, ranges, detached }));
  }, [editor, doc, root]);

  // After every update the editor has drawn (local typing, a remote change, or the document loading).
  useEffect(() => editor.registerUpdateListener(() => place()), [editor, place]);
  useEffect(() => {
    latest.current.threads = threads;
    latest.current.onCaretThreads = onCaretThreads;
    place();
  }, [threads, onCaretThreads, place]);

  // The threads at the caret: moved by keys or by a click on a highlight.
  useEffect(() => {
    const onSelection = () => {
      const dom = window.getSelection();
      const rootElement = editor.getRootElement();
      if (!dom || dom.rangeCount === 0 || !rootElement?.contains(dom.anchorNode)) return;
      // Kept while focus goes to the Comment button (a read-only editor keeps no selection of its own).
      latest.current.selected = dom.isCollapsed ? null : editor.read(() => $selectionAnchor(editor, root, dom));
      const at = dom.getRangeAt(0);
      const here: string[] = [];
      for (const [id, range] of latest.current.ranges) {
        try {
          if (range.isPointInRange(at.startContainer, at.startOffset)) here.push(id);
        } catch {
          // A range whose nodes the editor has since replaced: placed again at the next update.
        }
      }
      setAnchors((current) => (current.atCaret.join() === here.join() ? current : { ...current, atCaret: here }));
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [editor, root]);

  // Painting: open threads' passages, and the one in focus more strongly.
  useEffect(() => {
    const registry = highlightRegistry();
    if (!registry) return;
    const open = threads.filter((thread) => !thread.resolved).map((thread) => thread.id);
    const painted = open.flatMap((id) => anchors.ranges.get(id) ?? []);
    registry.set(HIGHLIGHT, new Highlight(...painted));
    const active = activeId ? anchors.ranges.get(activeId) : undefined;
    registry.set(ACTIVE_HIGHLIGHT, new Highlight(...(active ? [active] : [])));
    return () => {
      registry.delete(HIGHLIGHT);
      registry.delete(ACTIVE_HIGHLIGHT);
    };
  }, [threads, anchors.ranges, activeId]);

  const selection = useCallback(() => latest.current.selected, []);
  return { ...anchors, selection } satisfies CommentAnchors;
}
