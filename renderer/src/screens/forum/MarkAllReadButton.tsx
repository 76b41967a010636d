import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useMarkAllRead } from '../../forum/data/changes';

/** "Mark all read" for one space's forum or several: every thread read to its end (the person room follows). */
export function MarkAllReadButton({
  serverId,
  spaceIds,
  onDone,
}: {
  serverId: string;
  spaceIds: readonly string[];
  /** Told what to announce: done, or why not. */
  onDone: (announcement: string) => void;
}) {
  const { t } = useTranslation();
  const mark = useMarkAllRead(serverId);
  const press = async () => {
    if (mark.isPending) return;
    const outcome = await mark.mutateAsync(spaceIds);
    onDone(outcome.ok ? t('forum.markedAllRead') : t(`errors.${outcome.error}`));
  };
  return (
    // aria-disabled rather than disabled while it works, so the keyboard focus stays on it.
    <Button aria-disabled={mark.isPending || undefined} onPress={() => void press()}>
      {mark.isPending ? t('forum.markingAllRead') : t('forum.markAllRead')}
    </Button>
  );
}
