import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { WatchLevel, watchingKey } from '../../../../shared/forum/forum-rooms';
import type { MessageKey } from '../../i18n/en';
import { useWatchThread } from '../data/changes';
import { usePersonForum } from '../data/rooms';

const LABELS: Record<WatchLevel, MessageKey> = {
  watch: 'watchThread.watch',
  normal: 'watchThread.normal',
  mute: 'watchThread.mute',
};

/**
 * Watch, normal or mute for one thread (as for a category): the level shown is the one the
 * server keeps in the person's own room (`person:<me>`), or the one just chosen until it arrives.
 */
export function WatchThread({
  serverId,
  userId,
  spaceId,
  threadId,
}: {
  serverId: string;
  userId: string;
  spaceId: string;
  threadId: string;
}) {
  const { t } = useTranslation();
  const person = usePersonForum(serverId, userId);
  const kept = person.value?.watching.get(watchingKey({ threadId })) ?? 'normal';
  const watch = useWatchThread(serverId, spaceId, threadId);
  // What was just chosen, and the room's level when it was: shown until the room's level changes (the server
  // keeping the choice, or another device changing it), then the room leads again.
  const [chosen, setChosen] = useState<{ level: WatchLevel; over: WatchLevel } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const level = chosen && chosen.over === kept ? chosen.level : kept;

  const choose = async (next: WatchLevel) => {
    setChosen({ level: next, over: kept });
    setSaved(false);
    const outcome = await watch.mutateAsync(next);
    setError(outcome.ok ? null : t(`errors.${outcome.error}`));
    setSaved(outcome.ok);
    if (!outcome.ok) setChosen(null);
  };

  return (
    <div className="watch-select">
      <Select
        selectedKey={level}
        onSelectionChange={(key) => {
          const next = WatchLevel.safeParse(key);
          if (next.success) void choose(next.data);
        }}
      >
        <Label>{t('watchThread.label')}</Label>
        <Button className="select-button">
          <SelectValue />
          <span aria-hidden="true"> ▾</span>
        </Button>
        <Popover className="menu-popover">
          <ListBox className="menu">
            {WatchLevel.options.map((option) => (
              <ListBoxItem key={option} id={option} className="menu-item">
                {t(LABELS[option])}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      <p className="visually-hidden" role="status">
        {saved ? t('watchThread.saved') : ''}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
