import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readVersions, type VersionEntry } from '../../../shared/history/versions';
import { historyRoom } from '../../../shared/rooms';
import { useServerRoom } from '../collab/useServerRoom';
import { usePeople } from '../data/search';
import { formatDateTime } from '../i18n/format';

/** The newest restore the document's history holds, or null. */
const latestRestore = (versions: VersionEntry[] | null) =>
  versions?.find((version) => version.kind === 'restored') ?? null;

/**
 * Tells people with the document open that someone restored an earlier version while they were
 * in it: their later words left the text, and are kept in History ("Before a restore"). Restores
 * made before the document was opened, and one's own, are not news.
 */
export function RestoreNotice({ serverId, documentId, me }: { serverId: string; documentId: string; me: string }) {
  const { t, i18n } = useTranslation();
  const room = useServerRoom(serverId, historyRoom(documentId), readVersions);
  const people = usePeople(serverId);
  const latest = latestRestore(room.value);
  // What was there when the history first arrived on screen: only restores after that are told.
  const [known, setKnown] = useState<string | null | undefined>(undefined);
  if (known === undefined && room.value !== null) setKnown(latest?.id ?? null);

  const restorer = latest?.authors[0];
  const news = known !== undefined && latest !== null && latest.id !== known && restorer !== me;
  const name = people.data?.people.find((person) => person.user.id === restorer)?.user.name ?? t('history.someone');
  const from = room.value?.find((version) => version.id === latest?.restoredFrom);
  return (
    // The live region stays in the page (so the news is spoken); it takes no room until there is news.
    <p className={news ? 'note' : 'visually-hidden'} role="status">
      {news &&
        t('history.restoredByOther', {
          name,
          time: from ? formatDateTime(new Date(from.at).toISOString(), i18n.language) : '',
        })}
    </p>
  );
}
