import { registerMarkdownShortcuts } from '@lexical/markdown';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { MARKDOWN_SHORTCUTS } from '../../editor/markdown';

/**
 * The document editor's Markdown shortcuts (`## `, `- `, `**bold**`…). The document editor's
 * own plugin also steers its shared undo manager; a composer has Lexical's plain history,
 * where each shortcut is already its own undo step.
 */
export function ComposerMarkdownPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerMarkdownShortcuts(editor, MARKDOWN_SHORTCUTS), [editor]);
  return null;
}

/** Ctrl+Enter (⌘+Enter on a Mac) sends, as in most forums and chat apps. */
export function SubmitShortcutPlugin({ onSubmit }: { onSubmit: () => void }) {
  const [editor] = useLexicalComposerContext();
  const submit = useRef(onSubmit);
  useEffect(() => {
    submit.current = onSubmit;
  }, [onSubmit]);
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!event || !(event.ctrlKey || event.metaKey)) return false;
          event.preventDefault();
          submit.current();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
