import { registerMarkdownShortcuts } from '@lexical/markdown';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { HISTORY_PUSH_TAG } from 'lexical';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { MARKDOWN_SHORTCUTS } from '../markdown';

/** Where Lexical's collaboration plugin publishes its Yjs undo manager on the editor (for tools like this). */
const COLLAB_UNDO_MANAGER = Symbol.for('@lexical/yjs/UndoManager');

/**
 * Markdown shortcuts as a person types (`## `, `- `, `**bold**`, …; markdown.ts), each its own
 * undo step. Lexical marks a shortcut's change `history-push`, which only its own history reads;
 * the shared document's undo manager would fold it into the typing around it (everything within
 * half a second), so one undo would take back a whole burst of typing. Here the manager stops
 * capturing before and after the shortcut's change: the first undo turns the heading back into
 * the `## ` that was typed, as Lexical's own history does. Only what this person types is
 * transformed; changes that arrive from others are left as they are.
 *
 * Render it before the collaboration plugin: its update listener must run before the binding's,
 * which writes the shortcut's change into the Y.Doc.
 */
export function MarkdownPlugin({ doc }: { doc: Y.Doc }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const undoManager = () => (editor as unknown as Record<symbol, Y.UndoManager | undefined>)[COLLAB_UNDO_MANAGER];
    let shortcutWritten = false;
    const afterTransaction = (transaction: Y.Transaction) => {
      if (!shortcutWritten || !transaction.local) return;
      shortcutWritten = false;
      undoManager()?.stopCapturing();
    };
    doc.on('afterTransaction', afterTransaction);
    return mergeRegister(
      editor.registerUpdateListener(({ tags }) => {
        if (!tags.has(HISTORY_PUSH_TAG)) return;
        undoManager()?.stopCapturing();
        shortcutWritten = true;
      }),
      registerMarkdownShortcuts(editor, MARKDOWN_SHORTCUTS),
      () => doc.off('afterTransaction', afterTransaction),
    );
  }, [editor, doc]);
  return null;
}
