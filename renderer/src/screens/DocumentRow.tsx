import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../shared/api/schemas';
import { RenameTitleForm } from './RenameTitleForm';

/** One document in the list: open it, or rename it in place. */
export function DocumentRow({ document, onOpen, onRename }: {
  document: DocumentMeta;
  onOpen: () => void;
  onRename: (title: string) => Promise<ErrorCode | null>;
}) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);

  if (renaming) {
    return (
      <li className="document-row">
        <RenameTitleForm initial={document.title} onRename={onRename} onDone={() => setRenaming(false)} />
      </li>
    );
  }
  const updated = new Date(document.updatedAt).toLocaleString(i18n.language === 'cy' ? 'cy-GB' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li className="document-row">
      <button type="button" className="document-open" onClick={onOpen}>{document.title}</button>
      <span className="document-meta">{t('documents.updated', { date: updated })}</span>
      <button type="button" className="quiet" aria-label={t('documents.rename', { title: document.title })} onClick={() => setRenaming(true)}>
        {t('documents.renameShort')}
      </button>
    </li>
  );
}
