import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../shared/api/schemas';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { useScreenHeading } from '../app/useScreenHeading';
import { DocumentRow } from './DocumentRow';

export function DocumentsScreen({ server, onOpen }: { server: ServerEntry; onOpen: (document: DocumentMeta) => void }) {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const api = window.branchline;
  const [documents, setDocuments] = useState<DocumentMeta[] | null>(null);
  const [fromCache, setFromCache] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [title, setTitle] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const titleId = useId();

  useEffect(() => {
    let live = true;
    void api.documents.list({ serverId: server.id }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setDocuments(result.value.documents);
        setFromCache(result.value.fromCache);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, server.id]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const result = await api.documents.create({ serverId: server.id, title });
    if (!result.ok) return setError(result.error);
    setError(null);
    setTitle('');
    setAnnouncement(t('documents.created', { title: result.value.title }));
    setDocuments((list) => [result.value, ...(list ?? [])]);
  };

  const rename = async (document: DocumentMeta, newTitle: string): Promise<ErrorCode | null> => {
    const result = await api.documents.rename({ serverId: server.id, documentId: document.id, title: newTitle });
    if (!result.ok) return result.error;
    setDocuments((list) => (list ?? []).map((item) => (item.id === document.id ? result.value : item)));
    return null;
  };

  const organisation = server.organisation?.name;
  return (
    <section className="screen" aria-labelledby="documents-title">
      <h1 id="documents-title" ref={heading} tabIndex={-1}>
        {organisation ? t('documents.organisation', { organisation }) : t('documents.title')}
      </h1>
      {fromCache && <p className="note">{t('documents.fromCache')}</p>}
      {error && <p role="alert" className="form-error">{t(`errors.${error}`)}</p>}
      {documents && documents.length === 0 && <p>{t('documents.empty')}</p>}
      {documents && documents.length > 0 && (
        <ul className="document-list" aria-label={t('documents.listLabel')}>
          {documents.map((document) => (
            <DocumentRow key={document.id} document={document} onOpen={() => onOpen(document)} onRename={(value) => rename(document, value)} />
          ))}
        </ul>
      )}
      <h2>{t('documents.newHeading')}</h2>
      {fromCache && <p className="note">{t('documents.offlineCreate')}</p>}
      <form className="inline-form" onSubmit={create}>
        <label htmlFor={titleId}>{t('documents.newTitle')}</label>
        <input id={titleId} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        <button type="submit" className="primary" disabled={fromCache}>{t('documents.create')}</button>
      </form>
      <p className="visually-hidden" role="status">{announcement}</p>
    </section>
  );
}
