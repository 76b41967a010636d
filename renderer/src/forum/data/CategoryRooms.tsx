import { useCallback, useEffect, useState } from 'react';
import type { CategoryView, ThreadSummaryView } from '../../../../shared/forum/forum-rooms';
import { useCategory, useForum } from './rooms';

/** One category's threads as read so far, and where it lives. */
export type CategoryThreads = { spaceId: string; category: CategoryView; threads: ThreadSummaryView[] };

type Report = (key: string, value: CategoryThreads | null) => void;

/**
 * The threads of many categories at once (a space's forum home and sidebar count, "New and
 * unread"): each category's room is opened by a `CategoryRoomsReader` child, which reports
 * what it reads here, keyed by space and category; a room that closes takes its entry away.
 */
export function useCategoryThreads(): [Map<string, CategoryThreads>, Report] {
  const [byKey, setByKey] = useState(() => new Map<string, CategoryThreads>());
  const report = useCallback<Report>(
    (key, value) =>
      setByKey((current) => {
        if (value === null && !current.has(key)) return current;
        const next = new Map(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      }),
    [],
  );
  return [byKey, report];
}

/** Opens the rooms of a space's categories (renders nothing); with `categories` null, first reads them from the forum room. */
export function CategoryRoomsReader({
  serverId,
  spaceId,
  categories,
  onRead,
}: {
  serverId: string;
  spaceId: string;
  categories: readonly CategoryView[] | null;
  onRead: Report;
}) {
  const forum = useForum(serverId, categories === null ? spaceId : null);
  const list = categories ?? forum.value ?? [];
  return (
    <>
      {list.map((category) => (
        <CategoryRoomReader
          key={category.id}
          serverId={serverId}
          spaceId={spaceId}
          category={category}
          onRead={onRead}
        />
      ))}
    </>
  );
}

function CategoryRoomReader({
  serverId,
  spaceId,
  category,
  onRead,
}: {
  serverId: string;
  spaceId: string;
  category: CategoryView;
  onRead: Report;
}) {
  const room = useCategory(serverId, spaceId, category.id);
  const key = `${spaceId}.${category.id}`;
  const threads = room.value?.threads ?? null;
  useEffect(() => {
    if (threads !== null) onRead(key, { spaceId, category, threads });
  }, [onRead, key, spaceId, category, threads]);
  useEffect(() => () => onRead(key, null), [onRead, key]);
  return null;
}
