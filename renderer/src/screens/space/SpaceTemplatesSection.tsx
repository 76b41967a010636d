import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoveTemplate, useSpaceTemplates } from '../../data/document-library';

/** The space's own templates, for its admins to remove one (the documents made from it keep their text). */
export function SpaceTemplatesSection({
  serverId,
  spaceId,
  onAnnounce,
}: {
  serverId: string;
  spaceId: string;
  onAnnounce: (text: string) => void;
}) {
  const { t } = useTranslation();
  const heading = useId();
  const templates = useSpaceTemplates(serverId, spaceId).data?.templates ?? [];
  const remove = useRemoveTemplate(serverId, spaceId);
  const [error, setError] = useState<string | null>(null);
  if (templates.length === 0) return null;

  const removeOne = async (id: string, title: string) => {
    const result = await remove.mutateAsync(id);
    if (!result.ok) return setError(t(`errors.${result.error}`));
    setError(null);
    onAnnounce(t('library.templateRemoved', { title }));
  };

  return (
    <section aria-labelledby={heading} className="space-templates">
      <h3 id={heading}>{t('library.templatesHeading')}</h3>
      <ul>
        {templates.map((template) => (
          <li key={template.id}>
            <span lang={template.language}>{template.title}</span>{' '}
            <button
              type="button"
              className="quiet"
              onClick={() => void removeOne(template.id, template.title)}
              aria-label={t('library.removeTemplate', { title: template.title })}
            >
              {t('library.remove')}
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
