import { useTranslation } from 'react-i18next';
import type { ServerRoomView } from '../../collab/useServerRoom';

/**
 * What a forum list says about where its content comes from: the server refused the room
 * (what the device had stays), the room could not be opened, or the server is not answering
 * (the device's copy shows; nothing on it yet says so).
 */
export function RoomState({ room, empty }: { room: ServerRoomView<unknown>; empty: boolean }) {
  const { t } = useTranslation();
  if (room.refused)
    return (
      <p className="form-error" role="alert">
        {t('forum.refused')}
      </p>
    );
  if (room.error)
    return (
      <p className="form-error" role="alert">
        {t(`errors.${room.error}`)}
      </p>
    );
  if (room.value === null) return <p>{t('common.loading')}</p>;
  if (room.synced) return null;
  return <p className="note">{empty ? t('forum.syncing') : t('forum.fromCache')}</p>;
}
