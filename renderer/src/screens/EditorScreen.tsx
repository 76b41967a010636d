import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../shared/api/schemas';
import { documentRoom } from '../../../shared/rooms';
import { useScreenHeading } from '../app/useScreenHeading';
import { openRoomSession, type RoomSession } from '../collab/room-session';
import { DocumentEditor } from '../editor/DocumentEditor';
import { PresenceList } from '../editor/PresenceList';
import { ConnectionStatus } from '../status/ConnectionStatus';
import { useConnectionState } from '../status/useConnectionState';
import { EditorTitle } from './EditorTitle';

export function EditorScreen({ serverId, document, onBack }: { serverId: string; document: DocumentMeta; onBack: () => void }) {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const room = documentRoom(document.id);
  const [session, setSession] = useState<RoomSession | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const state = useConnectionState(session?.provider ?? null);

  // A socket refused for an ended session looks like any other outage; asking the server (now,
  // and every few seconds while offline) tells them apart. If the session is over, the host
  // signs this device out and the app says why.
  useEffect(() => {
    if (state !== 'offline') return;
    const check = () => void window.branchline.servers.verify({ serverId });
    check();
    const timer = setInterval(check, 5000);
    return () => clearInterval(timer);
  }, [state, serverId]);

  useEffect(() => {
    let cancelled = false;
    let opened: RoomSession | null = null;
    void openRoomSession(serverId, room).then((result) => {
      if (!result.ok) return !cancelled && setError(result.error);
      if (cancelled) return result.session.close();
      opened = result.session;
      setSession(result.session);
    });
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, [serverId, room]);

  return (
    <section className="screen editor-screen" aria-labelledby="editor-title">
      <div className="editor-header">
        <button type="button" className="quiet back" onClick={onBack}>{t('app.back')}</button>
        <ConnectionStatus state={state} />
      </div>
      <EditorTitle serverId={serverId} document={document} headingRef={heading} />
      {session && <PresenceList provider={session.provider} />}
      {error && <p role="alert" className="form-error">{t(`errors.${error}`)}</p>}
      {!session && !error && <p>{t('editor.loading')}</p>}
      {session && <DocumentEditor key={room} roomName={room} session={session} />}
    </section>
  );
}
