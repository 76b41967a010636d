import type { LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

/** Where a document's images live: its server and space (images are stored per space). */
export type ImagePlace = { serverId: string; spaceId: string };

/**
 * Each editor's place, set by MediaPlugins as it renders (before any image is drawn), read by
 * the images it draws: kept by editor rather than in a React context, so DocumentEditor's tree
 * needs no wrapper.
 */
const places = new WeakMap<LexicalEditor, ImagePlace | null>();

export function setImagePlace(editor: LexicalEditor, place: ImagePlace | null): void {
  places.set(editor, place);
}

export function useImagePlace(): ImagePlace | null {
  const [editor] = useLexicalComposerContext();
  return places.get(editor) ?? null;
}
