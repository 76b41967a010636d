import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { WatchLevel, watchingKey } from '../../../shared/forum/forum-rooms';
import type { MessageKey } from '../i18n/en';
import { useWatch } from './data/changes';
import { usePersonForum } from './data/rooms';

type Target = { threadId: string } | { categoryId: string };

const WORDS: Record<'thread' | 'category', { label: MessageKey; saved: MessageKey } & Record<WatchLevel, MessageKey>> =
  {
    thread: {
      label: 'watchThread.label',
      saved: 'watchThread.saved',
      watch: 'watchThread.watch',
      normal: 'watchThread.normal',
      mute: 'watchThread.mute',
    },
    category: {
      label: 'forum.watchLabel',
      saved: 'forum.watchSaved',
      watch: 'forum.watchWatch',
      normal: 'forum.watchNormal',
      mute: 'forum.watchMute',
    },
  };

/**
 * Watch, normal or mute for a thread or a category: a React Aria select. The level shown is the
 * one the server keeps in the person's own room (`person:<me>`), or the one just chosen until
 * the room's level changes (the server keeping the choice, or another device changing it).
 */
export function WatchSelect(props: { serverId: string; userId: string; spaceId: string; target: Target }) {
  const { serverId, userId, spaceId, target } = props;
  const { t } = useTranslation();
  const words = WORDS['threadId' in target ? 'thread' : 'category'];
  const person = usePersonForum(serverId, userId);
  const kept = person.value?.watching.get(watchingKey(target)) ?? 'normal';
  const watch = useWatch(serverId, spaceId, target);
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
        <Label>{t(words.label)}</Label>
        <Button className="select-button">
          <SelectValue />
          <span aria-hidden="true"> ▾</span>
        </Button>
        <Popover className="menu-popover">
          <ListBox className="menu">
            {WatchLevel.options.map((option) => (
              <ListBoxItem key={option} id={option} className="menu-item">
                {t(words[option])}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      <p className="visually-hidden" role="status">
        {saved ? t(words.saved) : ''}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
