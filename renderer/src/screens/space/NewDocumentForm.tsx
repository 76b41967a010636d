import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import { DocumentTitle } from '../../../../shared/api/schemas';
import { useCreateDocument } from '../../data/documents';
import type { FailureCode } from '../../data/host';

/**
 * "New document": a title, then Create. Made, it opens; offline, it waits in the outbox (and
 * says so). Refused (no title, or the server says no), it says why at the field.
 */
export function NewDocumentForm({
  serverId,
  spaceId,
  offline,
  onCreated,
  onQueued,
}: {
  serverId: string;
  spaceId: string;
  offline: boolean;
  onCreated: (document: DocumentMeta) => void;
  onQueued: (title: string) => void;
}) {
  const { t } = useTranslation();
  const ids = { heading: useId(), title: useId(), error: useId() };
  const [title, setTitle] = useState('');
  const [error, setError] = useState<FailureCode | 'missing' | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const create = useCreateDocument(serverId, spaceId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!DocumentTitle.safeParse(title).success) {
      setError('missing');
      field.current?.focus();
      return;
    }
    setError(null);
    const typed = title;
    const result = await create.mutateAsync(typed);
    if (!result.ok) {
      setError(result.error);
      field.current?.focus();
      return;
    }
    setTitle('');
    if (result.value.status === 'saved') onCreated(result.value.made);
    else onQueued(typed.trim());
  };

  return (
    <section aria-labelledby={ids.heading} className="new-document">
      <h3 id={ids.heading}>{t('documents.newHeading')}</h3>
      {offline && <p className="note">{t('documents.offlineCreate')}</p>}
      <form className="inline-form" onSubmit={submit} noValidate>
        <label htmlFor={ids.title}>{t('documents.newTitle')}</label>
        <input
          ref={field}
          id={ids.title}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
        />
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('documents.create')}
        </button>
        {error && (
          <p id={ids.error} role="alert" className="field-error">
            {error === 'missing' ? t('documents.titleMissing') : t(`errors.${error}`)}
          </p>
        )}
      </form>
    </section>
  );
}
