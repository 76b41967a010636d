import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { RoomSession } from '../../collab/room-session';

/**
 * Applies the device's stored copy once the collaboration binding is listening (it is
 * rendered after it, so its effect runs later), then lets the provider connect.
 */
export function LocalCopyPlugin({ session }: { session: RoomSession }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // The first update after the stored copy is the one that puts it on screen (a Performance mark, for the bench).
    const stop = editor.registerUpdateListener(() => {
      performance.mark('branchline:open:rendered');
      stop();
    });
    session.openFromDisk();
    return stop;
  }, [editor, session]);
  return null;
}
