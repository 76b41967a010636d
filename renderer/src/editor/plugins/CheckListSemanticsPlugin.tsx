import { $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const CHECK_ITEM = '.ed-li-checked, .ed-li-unchecked';

/**
 * Lexical draws a check item as `<li role="checkbox" aria-checked tabindex="-1">`: no longer a
 * list item, so its list is not a list (axe: `list`, `aria-allowed-role`). We keep it an `<li>`
 * and let its check mark say the state (editor.css: the mark's alternative text, "Checked" or
 * "Not checked" in the UI's language). While the document is editable the item keeps Lexical's
 * keyboard model (Left arrow at its start focuses it, Space toggles it); read-only, it is not
 * focusable at all.
 */
function settleItem(element: HTMLElement | null, editable: boolean): void {
  if (!element || !element.matches(CHECK_ITEM)) return;
  element.removeAttribute('role');
  element.removeAttribute('aria-checked');
  if (editable) element.setAttribute('tabindex', '-1');
  else element.removeAttribute('tabindex');
}

function settleAll(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const editable = editor.isEditable();
  root?.querySelectorAll<HTMLElement>(CHECK_ITEM).forEach((element) => settleItem(element, editable));
}

function checkedIn(state: EditorState, key: NodeKey): { checked: boolean; text: string } | null {
  return state.read(() => {
    const node = $getNodeByKey(key);
    if (!$isListItemNode(node)) return null;
    const list = node.getParent();
    if (!$isListNode(list) || list.getListType() !== 'check') return null;
    return { checked: node.getChecked() === true, text: node.getTextContent() };
  });
}

/**
 * Check lists that stay lists for screen readers, in editable and read-only documents, and a
 * polite announcement when the person ticks or unticks an item (not when someone else does).
 */
export function CheckListSemanticsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');

  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(ListItemNode, (mutations, { updateTags, prevEditorState }) => {
          const editable = editor.isEditable();
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            settleItem(editor.getElementByKey(key), editable);
            if (mutation !== 'updated' || updateTags.has(COLLABORATION_TAG) || updateTags.has(HISTORIC_TAG)) continue;
            const before = checkedIn(prevEditorState, key);
            const after = checkedIn(editor.getEditorState(), key);
            if (before && after && before.checked !== after.checked)
              setAnnouncement(t(after.checked ? 'editor.itemChecked' : 'editor.itemUnchecked', { item: after.text }));
          }
        }),
        // A list that changes type (bullets into checks) redraws its items' attributes too.
        editor.registerMutationListener(ListNode, (mutations) => {
          const editable = editor.isEditable();
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const list = editor.getElementByKey(key);
            for (const item of Array.from(list?.children ?? [])) settleItem(item as HTMLElement, editable);
          }
        }),
        editor.registerEditableListener(() => settleAll(editor)),
      ),
    [editor, t],
  );

  return (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );
}
