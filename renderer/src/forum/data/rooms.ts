import { categoryRoom, forumRoom, moderationRoom, personRoom } from '../../../../shared/rooms';
import { readCategory, readForum, readModeration, readPerson } from '../../../../shared/forum/forum-rooms';
import { useServerRoom } from '../../collab/useServerRoom';

/**
 * The forum's rooms this person reads, live and offline (the device's copy first): each is
 * written by the server alone and validated as it is read (shared/forum/forum-rooms.ts).
 */

/** A space's forum: its categories in order, with their counts. */
export function useForum(serverId: string, spaceId: string | null) {
  return useServerRoom(serverId, spaceId === null ? null : forumRoom(spaceId), readForum);
}

/** A category's threads (pinned, then latest activity first) and who watches it. */
export function useCategory(serverId: string, spaceId: string, categoryId: string | null) {
  return useServerRoom(serverId, categoryId === null ? null : categoryRoom(spaceId, categoryId), readCategory);
}

/** One's own forum state on this server: read positions, what one watches, notifications newest first. */
export function usePersonForum(serverId: string, userId: string) {
  return useServerRoom(serverId, personRoom(userId), readPerson);
}

/** A space's moderation log (newest first) and posts' earlier versions: moderators and admins only (null: not opened). */
export function useModeration(serverId: string, spaceId: string | null) {
  return useServerRoom(serverId, spaceId === null ? null : moderationRoom(spaceId), readModeration);
}
