import { useEffect, useState, type RefObject } from 'react';

/** The post (`data-post-body`) an element of the page is in, if any. */
function postBodyOf(node: Node | null): string | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-post-body]')?.dataset.postBody ?? null;
}

/**
 * Text the person has selected inside one post's body (within `list`), for "Quote selection".
 * A selection that spans posts, or that collapses, offers nothing.
 */
export function useSelectedPostText(list: RefObject<HTMLElement | null>): { postId: string; text: string } | null {
  const [selected, setSelected] = useState<{ postId: string; text: string } | null>(null);
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const text = selection?.toString().trim() ?? '';
      const postId = selection && text ? postBodyOf(selection.anchorNode) : null;
      const inList = selection?.anchorNode && list.current?.contains(selection.anchorNode);
      if (!postId || !inList || postBodyOf(selection!.focusNode) !== postId) return setSelected(null);
      setSelected((current) => (current?.postId === postId && current.text === text ? current : { postId, text }));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [list]);
  return selected;
}
