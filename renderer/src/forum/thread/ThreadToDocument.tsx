import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useCreateDocument } from '../../data/documents';

/**
 * Turns the discussion into a document of the same space: the server starts it with the
 * thread's shown posts (never hidden or deleted ones), named after the thread, and it opens.
 * Offline it waits in the outbox like any new document.
 */
export function ThreadToDocument(props: {
  serverId: string;
  spaceId: string;
  threadId: string;
  title: string;
  onAnnounce: (text: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDocument(props.serverId, props.spaceId, props.threadId);
  const [busy, setBusy] = useState(false);

  const make = async () => {
    setBusy(true);
    const result = await create.mutateAsync(props.title).finally(() => setBusy(false));
    if (!result.ok) return props.onAnnounce(t(`errors.${result.error}`));
    if (result.value.status === 'saved') navigate(paths.document(props.serverId, result.value.made.id));
    else props.onAnnounce(t('forumThread.toDocumentQueued'));
  };

  return (
    <Button isDisabled={busy} onPress={() => void make()}>
      {t('forumThread.toDocument')}
    </Button>
  );
}
