import { useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField';

/** A document's link, shown to copy by hand when the clipboard could not take it. */
export function CopyLinkField({ link, onDone }: { link: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="copy-link">
      <CopyField label={t('documents.linkField')} value={link} copyLabel={t('invites.copyLink')} />
      <button type="button" onClick={onDone}>
        {t('common.close')}
      </button>
    </div>
  );
}
