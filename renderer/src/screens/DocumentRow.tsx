import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../shared/api/schemas';

/** One document in the list: open it, or rename it in place (Escape cancels). */
export function DocumentRow({ document, onOpen, onRename }: {
  document: DocumentMeta;
  onOpen: () => void;
  onRename: (title: string) => Promise<ErrorCode | null>;
}) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(document.title);
  const [error, setError] = useState<ErrorCode | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const failure = await onRename(title);
    if (failure) setError(failure);
    else setRenaming(false);
  };

  if (renaming) {
    return (
      <li className="document-row">
        <form className="inline-form" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}>
          <label>
            <span className="visually-hidden">{t('documents.renameField')}</span>
            <input aria-label={t('documents.renameField')} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus maxLength={200} />
          </label>
          <button type="submit">{t('documents.save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>{t('documents.cancel')}</button>
          {error && <p role="alert" className="form-error">{t(`errors.${error}`)}</p>}
        </form>
      </li>
    );
  }
  const updated = new Date(document.updatedAt).toLocaleString(i18n.language === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="document-row">
      <button type="button" className="document-open" onClick={onOpen}>{document.title}</button>
      <span className="document-meta">{t('documents.updated', { date: updated })}</span>
      <button type="button" className="quiet" aria-label={t('documents.rename', { title: document.title })} onClick={() => (setTitle(document.title), setRenaming(true))}>
        {t('documents.renameShort')}
      </button>
    </li>
  );
}
