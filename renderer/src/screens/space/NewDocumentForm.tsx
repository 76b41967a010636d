import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import { DocumentTitle, type DocumentLanguage } from '../../../../shared/api/schemas';
import { BUILT_IN_TEMPLATES } from '../../../../shared/api/document-library';
import { useSpaceTemplates } from '../../data/document-library';
import { useLocale } from '../../i18n/useLocale';
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
  const ids = { heading: useId(), title: useId(), error: useId(), template: useId(), language: useId() };
  const [title, setTitle] = useState('');
  const locale = useLocale();
  const [template, setTemplate] = useState('');
  const [language, setLanguage] = useState<DocumentLanguage>(locale === 'cy' ? 'cy' : 'en');
  const spaceTemplates = useSpaceTemplates(serverId, spaceId).data?.templates ?? [];
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
    const result = await create.mutateAsync({ title: typed, language, ...(template !== '' && { template }) });
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
        <label htmlFor={ids.template}>{t('library.template')}</label>
        <select id={ids.template} value={template} onChange={(event) => setTemplate(event.target.value)}>
          <option value="">{t('library.templateBlank')}</option>
          <optgroup label={t('library.builtInTemplates')}>
            {BUILT_IN_TEMPLATES.map((id) => (
              <option key={id} value={id}>
                {t(`library.template.${id}`)}
              </option>
            ))}
          </optgroup>
          {spaceTemplates.length > 0 && (
            <optgroup label={t('library.spaceTemplates')}>
              {spaceTemplates.map((own) => (
                <option key={own.id} value={own.id}>
                  {own.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <label htmlFor={ids.language}>{t('library.documentLanguage')}</label>
        <select
          id={ids.language}
          value={language}
          onChange={(event) => setLanguage(event.target.value as DocumentLanguage)}
        >
          <option value="en">{t('library.languageEn')}</option>
          <option value="cy">{t('library.languageCy')}</option>
        </select>
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
