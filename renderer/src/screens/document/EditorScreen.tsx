import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DocumentMeta, ErrorCode } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { documentRoom } from '../../../../shared/rooms';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useScreenHeading } from '../../app/useScreenHeading';
import { host } from '../../data/host';
import { useFollowSpaceIndex } from '../../data/space-index';
import { CopyDocumentLink } from './CopyDocumentLink';
import { EditorBreadcrumbs } from './EditorBreadcrumbs';
import { openRoomSession, type RoomSession } from '../../collab/room-session';
import { useDocumentAccess } from '../../collab/useDocumentAccess';
import { useEditableYet } from '../../collab/useEditableYet';
import { AccessNote } from '../../editor/AccessNote';
import { DocumentEditor } from '../../editor/DocumentEditor';
import { PresenceList } from '../../editor/PresenceList';
import { readOnlyReason } from '../../editor/read-only-reason';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { ConnectionStatus } from '../../status/ConnectionStatus';
import { useConnectionState } from '../../status/useConnectionState';
import { DocumentLibraryNotices } from './DocumentLibraryNotices';
import { EditorTitle } from './EditorTitle';
import { HistoryButton } from '../../history/HistoryButton';
import { RestoreNotice } from '../../history/RestoreNotice';
import { DocumentCommentsFor } from '../../comments/DocumentCommentsFor';
import { ExportMenu } from '../../export/ExportMenu';

export function EditorScreen({
  server,
  document,
  space,
}: {
  server: ServerEntry;
  document: DocumentMeta;
  space: SpaceSummary;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  // Its title follows renames made elsewhere, live (the space's index room).
  useFollowSpaceIndex(server.id, space.id);
  const heading = useScreenHeading<HTMLHeadingElement>();
  const serverId = server.id;
  const room = documentRoom(document.id);
  const [session, setSession] = useState<RoomSession | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const state = useConnectionState(session?.provider ?? null);
  const access = useDocumentAccess(serverId, server.serverAdmin, document.id, space, session?.provider ?? null);
  const removed = access.access === 'removed';

  // A socket refused for an ended session, or for someone no longer in the space, looks like any
  // other outage; asking (now, and every few seconds while offline) tells them apart. If the
  // session is over, the host signs this device out and the app says why; if access is gone,
  // the document closes for changes. Unreachable changes nothing.
  const { recheck } = access;
  useEffect(() => {
    if (state !== 'offline' || removed) return;
    const check = () => {
      void host().servers.verify({ serverId });
      recheck();
    };
    check();
    const timer = setInterval(check, 5000);
    return () => clearInterval(timer);
  }, [state, serverId, removed, recheck]);

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

  useWindowTitle(document.title, spaceName(access.space, locale).text);
  const writable = access.access === 'write';
  const here = useEditableYet(session);
  const reason = access.access ? readOnlyReason(access.access, access.space) : null;
  return (
    <section className="screen editor-screen" aria-labelledby="editor-title">
      <div className="editor-header">
        {/* Removed from the space, its documents are no place to go back to; the alert offers the spaces instead. */}
        {!removed && <EditorBreadcrumbs server={server} space={access.space} />}
        <div className="editor-tools">
          <CopyDocumentLink server={server} document={document} />
          {!removed && <HistoryButton serverId={serverId} document={document} canWrite={writable} />}
          {session && access.access && <ExportMenu serverId={serverId} document={document} source={session.doc} />}
          {!removed && <ConnectionStatus state={state} />}
        </div>
      </div>
      <EditorTitle serverId={serverId} document={document} headingRef={heading} canRename={writable} />
      <DocumentLibraryNotices server={server} document={document} space={access.space} />
      <AccessNote
        reason={reason}
        removed={removed}
        change={access.change}
        onBackToSpaces={() => void navigate(paths.server(serverId))}
      />
      {session && !removed && <PresenceList provider={session.provider} />}
      {session && !removed && <RestoreNotice serverId={serverId} documentId={document.id} me={session.user.id} />}
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
      {(!session || !access.access) && !error && <p>{t('editor.loading')}</p>}
      {session && !here && (
        <p className="note" role="status">
          {state === 'offline' ? t('editor.notOnDeviceOffline') : t('editor.notOnDeviceYet')}
        </p>
      )}
      {session && access.access && (
        <DocumentEditor
          key={room}
          roomName={room}
          session={session}
          editable={writable && here}
          imagePlace={{ serverId, spaceId: space.id }}
          language={document.language}
        >
          {!removed && (
            <DocumentCommentsFor server={server} document={document} space={access.space} session={session} />
          )}
        </DocumentEditor>
      )}
    </section>
  );
}
