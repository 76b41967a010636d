import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FailureCode } from '../data/host';

/**
 * Renames a document in place, in the list or in the editor: Save, Cancel or Escape.
 * `onRename` answers null on success or the error to show.
 */
export function RenameTitleForm({
  initial,
  onRename,
  onDone,
}: {
  initial: string;
  onRename: (title: string) => Promise<FailureCode | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<FailureCode | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const failure = await onRename(title);
    if (failure) setError(failure);
    else onDone();
  };

  return (
    <form className="inline-form" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <input
        aria-label={t('documents.renameField')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        autoFocus
        maxLength={200}
      />
      <button type="submit">{t('documents.save')}</button>
      <button type="button" onClick={onDone}>
        {t('documents.cancel')}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
    </form>
  );
}
