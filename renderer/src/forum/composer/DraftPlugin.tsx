import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useRef } from 'react';
import type { Draft } from '../../../../shared/ipc/forum-changes';

/**
 * Hands the composer's draft to `onChange` whenever the text changes (or the title, or the post
 * replied to): the whole serialized state, or null when there is nothing to keep.
 */
export function DraftPlugin({
  extras,
  onChange,
}: {
  extras: { title: string; replyTo: string | null };
  onChange: (draft: Draft | null) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const { title, replyTo } = extras;
  const started = useRef(false);

  useEffect(() => {
    const draftNow = (): Draft | null => {
      const state = editor.getEditorState();
      const empty = state.read(() => $getRoot().getTextContent().trim() === '');
      if (empty && title.trim() === '' && replyTo === null) return null;
      return { title, replyTo, editorState: JSON.stringify(state.toJSON()), savedAt: new Date().toISOString() };
    };
    // The first run is the composer opening with what was stored: nothing new to write.
    if (started.current) onChange(draftNow());
    started.current = true;
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      onChange(draftNow());
    });
  }, [editor, title, replyTo, onChange]);
  return null;
}
