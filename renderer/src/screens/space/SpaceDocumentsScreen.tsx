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
import type { DocumentLibraryAction } from '../../../../shared/ipc/document-library-changes';
import { useLibraryChange, useSaveTemplate } from '../../data/document-library';
import { usePeople } from '../../data/search';
import { BinView } from './BinView';
import { DocumentRow, type RowLibraryActions } from './DocumentRow';
import { LibraryControls } from './LibraryControls';
import { arrangeDocuments, editorsOf, NO_FILTER, type LibraryFilter } from './library-view';
import { SpaceTemplatesSection } from './SpaceTemplatesSection';
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
  const [view, setView] = useState<'documents' | 'bin'>('documents');
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const libraryChange = useLibraryChange(server.id);
  const saveTemplate = useSaveTemplate(server.id, space.id);
  const canManageLibrary = can(actor, 'manage-library', space);
  const people = usePeople(server.id).data?.people ?? [];
  const nameOf = (userId: string) =>
    people.find((person) => person.user.id === userId)?.user.name ??
    (userId === server.user?.id ? server.user.name : t('library.formerMember'));
  const editors = documents
    ? editorsOf(documents)
        .map((id) => ({ id, name: nameOf(id) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale))
    : [];
  const shown = documents ? arrangeDocuments(documents, filter, locale) : null;

  const libraryAct = async (document: DocumentMeta, change: DocumentLibraryAction): Promise<FailureCode | null> => {
    const result = await libraryChange.mutateAsync({ document, change });
    if (!result.ok) return result.error;
    if (result.value.status === 'queued') setAnnouncement(t('library.queued'));
    else if (change.action === 'bin') setAnnouncement(t('library.binned', { title: document.title }));
    else if (change.action === 'duplicate') setAnnouncement(t('library.duplicated', { title: document.title }));
    else setAnnouncement(t('library.languageSaved', { title: document.title }));
    return null;
  };

  const libraryActions = (document: DocumentMeta): RowLibraryActions => ({
    editedBy: document.recentEditors.slice(0, 3).map(nameOf),
    ...(canWrite && {
      onDuplicate: () => void libraryAct(document, { action: 'duplicate' }),
      onBin: () => void libraryAct(document, { action: 'bin' }),
      onLanguage: async (changes) => {
        for (const change of changes) {
          const failure = await libraryAct(document, change);
          if (failure) return failure;
        }
        return null;
      },
      translationCandidates: (documents ?? []).filter((other) => other.id !== document.id),
    }),
    ...(canManageLibrary &&
      !fromCache && {
        onSaveTemplate: async (title: string) => {
          const result = await saveTemplate.mutateAsync({ documentId: document.id, title });
          if (!result.ok) return result.error;
          setAnnouncement(t('library.templateSaved', { title }));
          return null;
        },
      }),
  });

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
      <div className="library-views" role="group" aria-label={t('library.views')}>
        <button type="button" aria-pressed={view === 'documents'} onClick={() => setView('documents')}>
          {t('library.viewDocuments')}
        </button>
        <button type="button" aria-pressed={view === 'bin'} onClick={() => setView('bin')}>
          {t('library.viewBin')}
        </button>
      </div>
      {view === 'bin' ? (
        <BinView
          serverId={server.id}
          spaceId={space.id}
          canRestore={canWrite}
          canEmpty={canManageLibrary}
          onAnnounce={setAnnouncement}
        />
      ) : (
        <>
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
          {documents && documents.length > 1 && (
            <LibraryControls filter={filter} onChange={setFilter} editors={editors} />
          )}
          {shown && documents && documents.length > 0 && shown.length === 0 && <p>{t('library.noMatches')}</p>}
          {shown && documents && documents.length + pending.length > 0 && (
            <ul className="document-list" aria-label={t('documents.listLabel')}>
              {pending.map((item) => (
                <PendingDocumentRow key={item.entryId} pending={item} />
              ))}
              {shown.map((document) => (
                <DocumentRow
                  key={document.id}
                  library={libraryActions(document)}
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
          {canManageLibrary && !fromCache && (
            <SpaceTemplatesSection serverId={server.id} spaceId={space.id} onAnnounce={setAnnouncement} />
          )}
        </>
      )}
      {canWrite && !fromCache && <ImportDocumentButton serverId={server.id} spaceId={space.id} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
