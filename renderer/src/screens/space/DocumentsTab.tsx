import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { can, type Actor } from '../../../../shared/spaces/permissions';
import { useLocale } from '../../i18n/useLocale';
import { pendingDocuments, pendingRename } from '../../outbox/outbox-view';
import { useOutbox } from '../../outbox/useOutbox';
import { spaceName } from '../../spaces/space-text';
import { DocumentRow } from '../DocumentRow';
import { PendingDocumentRow } from './PendingDocumentRow';

/**
 * A space's documents: open, and for writers create and rename; admins may move one to another
 * space they run. Made while the server cannot be reached, a change waits in the outbox: a new
 * document shows as waiting (not openable), a new title at once with a note; when changes leave
 * the outbox, the list is fetched again, so a created document appears with its real id.
 */
export function DocumentsTab({
  server,
  space,
  actor,
  onOpen,
}: {
  server: ServerEntry;
  space: SpaceSummary;
  actor: Actor;
  onOpen: (document: DocumentMeta) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = window.branchline;
  const [documents, setDocuments] = useState<DocumentMeta[] | null>(null);
  const [fromCache, setFromCache] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [title, setTitle] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [moveTargets, setMoveTargets] = useState<SpaceSummary[]>([]);
  const titleId = useId();
  const canWrite = can(actor, 'write', space);
  const canMove = can(actor, 'move-documents', space);
  const outbox = useOutbox(server.id);
  const queued = outbox.entries ?? [];
  const pending = pendingDocuments(queued, space.id);

  useEffect(() => {
    let live = true;
    void api.documents.list({ serverId: server.id, spaceId: space.id }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setDocuments(result.value.documents);
      setFromCache(result.value.fromCache);
    });
    return () => {
      live = false;
    };
  }, [api, server.id, space.id, outbox.departures]);

  // Where a document may go: other spaces where this person may move documents too.
  useEffect(() => {
    if (!canMove) return;
    let live = true;
    void api.spaces.list({ serverId: server.id }).then((result) => {
      if (!live || !result.ok) return;
      setMoveTargets(
        result.value.spaces.filter(
          (other) =>
            other.id !== space.id &&
            can({ serverAdmin: server.serverAdmin, role: other.myRole }, 'move-documents', other),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [api, canMove, server.id, server.serverAdmin, space.id]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const result = await api.documents.create({ serverId: server.id, spaceId: space.id, title });
    if (!result.ok) return setError(result.error);
    setError(null);
    setTitle('');
    if (result.value.status === 'queued')
      return setAnnouncement(t('documents.createQueued', { title: result.value.entry.change.title }));
    const created = result.value.document;
    setAnnouncement(t('documents.created', { title: created.title }));
    setDocuments((list) => [created, ...(list ?? [])]);
  };

  const rename = async (document: DocumentMeta, newTitle: string): Promise<ErrorCode | null> => {
    const result = await api.documents.rename({ serverId: server.id, documentId: document.id, title: newTitle });
    if (!result.ok) return result.error;
    const change = result.value;
    const renamed = change.status === 'saved' ? change.document : { ...document, title: change.entry.change.title };
    setDocuments((list) => (list ?? []).map((item) => (item.id === document.id ? renamed : item)));
    if (change.status === 'queued') setAnnouncement(t('documents.renameQueued', { title: renamed.title }));
    return null;
  };

  const renameNote = (document: DocumentMeta) => {
    const entry = pendingRename(queued, document.id);
    if (!entry) return null;
    const refused = entry.state === 'refused';
    return { text: t(refused ? 'documents.renameRefused' : 'documents.renameWaiting'), refused };
  };

  const move = async (document: DocumentMeta, target: SpaceSummary): Promise<ErrorCode | null> => {
    const result = await api.documents.move({ serverId: server.id, documentId: document.id, spaceId: target.id });
    if (!result.ok) return result.error;
    setDocuments((list) => (list ?? []).filter((item) => item.id !== document.id));
    setAnnouncement(t('documents.moved', { title: document.title, space: spaceName(target, locale).text }));
    return null;
  };

  return (
    <>
      {fromCache && <p className="note">{t('documents.fromCache')}</p>}
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
      {documents === null && !error && <p>{t('common.loading')}</p>}
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
              document={document}
              note={renameNote(document)}
              onOpen={() => onOpen(document)}
              onRename={canWrite ? (value) => rename(document, value) : undefined}
              moveTargets={canMove && !fromCache ? moveTargets : undefined}
              onMove={(target) => move(document, target)}
            />
          ))}
        </ul>
      )}
      {canWrite && (
        <>
          <h2>{t('documents.newHeading')}</h2>
          {fromCache && <p className="note">{t('documents.offlineCreate')}</p>}
          <form className="inline-form" onSubmit={create}>
            <label htmlFor={titleId}>{t('documents.newTitle')}</label>
            <input id={titleId} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
            <button type="submit" className="primary">
              {t('documents.create')}
            </button>
          </form>
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
