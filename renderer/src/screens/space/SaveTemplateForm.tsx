import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, type DocumentMeta } from '../../../../shared/api/schemas';
import type { FailureCode } from '../../data/host';

/** "Save as template" (space admins): a name for the template, the document's title to start with. */
export function SaveTemplateForm({
  document,
  onSave,
  onCancel,
}: {
  document: DocumentMeta;
  onSave: (title: string) => Promise<FailureCode | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(document.title);
  const [error, setError] = useState<FailureCode | 'missing' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!DocumentTitle.safeParse(title).success) return setError('missing');
    setBusy(true);
    const failure = await onSave(title.trim());
    setBusy(false);
    if (failure) setError(failure);
    else onCancel();
  };

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      aria-label={`${t('library.saveTemplate')}: ${document.title}`}
    >
      <label htmlFor={id}>{t('library.templateName')}</label>
      <input id={id} value={title} maxLength={200} autoFocus onChange={(event) => setTitle(event.target.value)} />
      <button type="submit" className="primary" disabled={busy}>
        {t('library.saveTemplate')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error === 'missing' ? t('documents.titleMissing') : t(`errors.${error}`)}
        </p>
      )}
    </form>
  );
}
