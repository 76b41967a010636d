import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentLanguage, DocumentMeta } from '../../../../shared/api/schemas';
import type { DocumentLibraryAction } from '../../../../shared/ipc/document-library-changes';
import type { FailureCode } from '../../data/host';

/**
 * A document's language (English or Welsh) and the document that is its translation, chosen
 * from the space's other documents. Saving sends only what changed.
 */
export function LanguageForm({
  document,
  others,
  onSave,
  onCancel,
}: {
  document: DocumentMeta;
  others: DocumentMeta[];
  onSave: (changes: DocumentLibraryAction[]) => Promise<FailureCode | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ids = { language: useId(), translation: useId() };
  const [language, setLanguage] = useState<DocumentLanguage>(document.language);
  const [translationId, setTranslationId] = useState(document.translationId ?? '');
  const [error, setError] = useState<FailureCode | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes: DocumentLibraryAction[] = [];
    if (language !== document.language) changes.push({ action: 'language', language });
    if (translationId !== (document.translationId ?? ''))
      changes.push({ action: 'translation', translationId: translationId || null });
    setBusy(true);
    const failure = changes.length > 0 ? await onSave(changes) : null;
    setBusy(false);
    if (failure) setError(failure);
    else onCancel();
  };

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      aria-label={`${t('library.languageShort')}: ${document.title}`}
    >
      <label htmlFor={ids.language}>{t('library.documentLanguage')}</label>
      <select
        id={ids.language}
        value={language}
        autoFocus
        onChange={(event) => setLanguage(event.target.value as DocumentLanguage)}
      >
        <option value="en">{t('library.languageEn')}</option>
        <option value="cy">{t('library.languageCy')}</option>
      </select>
      <label htmlFor={ids.translation}>{t('library.translation')}</label>
      <select id={ids.translation} value={translationId} onChange={(event) => setTranslationId(event.target.value)}>
        <option value="">{t('library.noTranslation')}</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.title}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={busy}>
        {t('library.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
    </form>
  );
}
