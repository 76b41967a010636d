import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useDocuments, useMoveDocument, useRenameDocument } from '../../data/documents';
import type { FailureCode } from '../../data/host';
import { useOutbox } from '../../data/outbox';
import { useSpaces } from '../../data/spaces';
import { useLocale } from '../../i18n/useLocale';
import { pendingDocuments, pendingRename } from '../../outbox/outbox-view';
import { spaceName } from '../../spaces/space-text';
import { DocumentRow } from './DocumentRow';
import { NewDocumentForm } from './NewDocumentForm';
import { ImportDocumentButton } from '../../export/ImportDocumentButton';
import { PendingDocumentRow } from './PendingDocumentRow';
import { RecentDocuments } from './RecentDocuments';
import { useSpaceContext } from './space-context';

/**
 * A space's documents: open one; writers create (the new one opens) and rename; admins move
 * one to another space they run. Made while the server cannot be reached, a change waits in
 * the outbox: a new document shows as waiting (not openable), a new title at once with a note.
 */
export function SpaceDocumentsScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space, actor } = useSpaceContext();
  const navigate = useNavigate();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const documentsQuery = useDocuments(server.id, space.id);
  const rename = useRenameDocument(server.id);
  const move = useMoveDocument(server.id);
  const [announcement, setAnnouncement] = useState('');
  const canWrite = can(actor, 'write', space);
  const canMove = can(actor, 'move-documents', space);
  const queued = useOutbox(server.id).entries ?? [];
  const pending = pendingDocuments(queued, space.id);
  const fromCache = documentsQuery.data?.fromCache ?? false;
  const documents = documentsQuery.data?.documents ?? null;
  const allSpaces = useSpaces(server.id).data?.spaces ?? [];
  // Where a document may go: other spaces where this person may move documents too.
  const moveTargets = allSpaces.filter(
    (other) =>
      other.id !== space.id && can({ serverAdmin: server.serverAdmin, role: other.myRole }, 'move-documents', other),
  );
  useWindowTitle(spaceName(space, locale).text);

  const renameTo = async (document: DocumentMeta, title: string): Promise<FailureCode | null> => {
    const result = await rename.mutateAsync({ document, title });
    if (!result.ok) return result.error;
    if (result.value.status === 'queued') setAnnouncement(t('documents.renameQueued', { title }));
    return null;
  };

  const moveTo = async (document: DocumentMeta, target: SpaceSummary): Promise<FailureCode | null> => {
    const result = await move.mutateAsync({ document, spaceId: target.id });
    if (!result.ok) return result.error;
    setAnnouncement(t('documents.moved', { title: document.title, space: spaceName(target, locale).text }));
    return null;
  };

  const renameNote = (document: DocumentMeta) => {
    const entry = pendingRename(queued, document.id);
    if (!entry) return null;
    const refused = entry.state === 'refused';
    return { text: t(refused ? 'documents.renameRefused' : 'documents.renameWaiting'), refused };
  };

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('space.tabDocuments')}
      </h2>
      <RecentDocuments serverId={server.id} spaceId={space.id} />
      {fromCache && <p className="note">{t('documents.fromCache')}</p>}
      {documentsQuery.failure && (
        <p role="alert" className="form-error">
          {t(`errors.${documentsQuery.failure}`)}
        </p>
      )}
      {documents === null && !documentsQuery.failure && <p>{t('common.loading')}</p>}
      {documents && documents.length + pending.length === 0 && (
        <p>{canWrite ? t('documents.empty') : t('documents.emptyReadOnly')}</p>
      )}
      {documents && documents.length + pending.length > 0 && (
        <ul className="document-list" aria-label={t('documents.listLabel')}>
          {pending.map((item) => (
            <PendingDocumentRow key={item.entryId} pending={item} />
          ))}
          {documents.map((document) => (
            <DocumentRow
              key={document.id}
              server={server}
              document={document}
              note={renameNote(document)}
              onRename={canWrite ? (title) => renameTo(document, title) : undefined}
              moveTargets={canMove && !fromCache ? moveTargets : undefined}
              onMove={(target) => moveTo(document, target)}
              onAnnounce={setAnnouncement}
            />
          ))}
        </ul>
      )}
      {canWrite && (
        <NewDocumentForm
          serverId={server.id}
          spaceId={space.id}
          offline={fromCache}
          onCreated={(document) => void navigate(paths.document(server.id, document.id))}
          onQueued={(title) => setAnnouncement(t('documents.createQueued', { title }))}
        />
      )}
      {canWrite && !fromCache && <ImportDocumentButton serverId={server.id} spaceId={space.id} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
