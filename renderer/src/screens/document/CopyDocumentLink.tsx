import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { documentLink } from '../../../../shared/links';
import { copyText } from './copy-text';
import { CopyLinkField } from './CopyLinkField';

/**
 * "Copy link": a link to this document that means the same on every device (its server's
 * address), which opens it in the app. Said in a live region; shown to copy by hand when the
 * clipboard refuses.
 */
export function CopyDocumentLink({ server, document }: { server: ServerEntry; document: DocumentMeta }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const [showing, setShowing] = useState(false);
  const link = documentLink(server.url, document.id);
  const copy = async () => {
    setSaid('');
    if (await copyText(link)) setSaid(t('documents.linkCopied', { title: document.title }));
    else setShowing(true);
  };
  return (
    <>
      <button type="button" className="quiet" onClick={() => void copy()}>
        {t('documents.copyLink')}
      </button>
      <span className="visually-hidden" role="status">
        {said}
      </span>
      {showing && <CopyLinkField link={link} onDone={() => setShowing(false)} />}
    </>
  );
}
