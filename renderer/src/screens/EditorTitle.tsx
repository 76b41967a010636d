import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../shared/api/schemas';

/** The open document's title as the screen's h1, renamable in place (Escape cancels). */
export function EditorTitle({ serverId, document, headingRef }: {
  serverId: string;
  document: DocumentMeta;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(document.title);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  const stop = () => {
    setDraft(null);
    setError(null);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null || !draft.trim()) return;
    const result = await window.branchline.documents.rename({ serverId, documentId: document.id, title: draft });
    if (!result.ok) return setError(result.error);
    setTitle(result.value.title);
    stop();
    headingRef.current?.focus();
  };

  return (
    <div className="editor-title">
      <h1 id="editor-title" ref={headingRef} tabIndex={-1}>{title}</h1>
      {draft === null ? (
        <button type="button" className="quiet" aria-label={t('documents.rename', { title })} onClick={() => setDraft(title)}>
          {t('documents.renameShort')}
        </button>
      ) : (
        <form className="inline-form" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && (stop(), headingRef.current?.focus())}>
          <input aria-label={t('documents.renameField')} value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus maxLength={200} />
          <button type="submit">{t('documents.save')}</button>
          <button type="button" onClick={() => (stop(), headingRef.current?.focus())}>{t('documents.cancel')}</button>
          {error && <p role="alert" className="form-error">{t(`errors.${error}`)}</p>}
        </form>
      )}
    </div>
  );
}
