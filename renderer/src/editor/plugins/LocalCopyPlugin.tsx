import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_DIFF_VERSIONS_COMMAND__EXPERIMENTAL } from '@lexical/yjs';
import { useEffect } from 'react';
import { XmlElement } from 'yjs';
import { DOCUMENT_ROOT_NAME } from '../../../../shared/editor/nodes';
import type { RoomSession } from '../../collab/room-session';

/**
 * Lexical's command that has the binding build the editor from the Y.Doc's whole state (it
 * ends a diff view that way). The binding otherwise builds only from changes, and the stored
 * copy is in the document before the binding exists.
 */
const BUILD_FROM_WHOLE_STATE = CLEAR_DIFF_VERSIONS_COMMAND__EXPERIMENTAL;

/**
 * Shows the device's stored copy once the collaboration binding is listening (it is rendered
 * after it, so its effect runs later), then lets the provider connect.
 */
export function LocalCopyPlugin({ session }: { session: RoomSession }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // The first update after this is the one that puts the stored copy on screen (Performance marks, for the bench).
    performance.mark('branchline:open:bound');
    const stop = editor.registerUpdateListener(() => {
      performance.mark('branchline:open:rendered');
      stop();
    });
    // An empty document stays empty: building from it would write an empty paragraph into the room.
    if (session.doc.get(DOCUMENT_ROOT_NAME, XmlElement).length > 0)
      editor.dispatchCommand(BUILD_FROM_WHOLE_STATE, undefined);
    session.connect();
    return stop;
  }, [editor, session]);
  return null;
}
