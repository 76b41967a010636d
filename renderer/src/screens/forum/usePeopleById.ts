import { useMemo } from 'react';
import type { PublicUser } from '../../../../shared/api/schemas';
import { usePeople } from '../../data/search';

/** The people one shares a space with, by id (offline: as the device last saw them), for names and avatars in lists. */
export function usePeopleById(serverId: string): ReadonlyMap<string, PublicUser> {
  const people = usePeople(serverId).data?.people;
  return useMemo(() => new Map((people ?? []).map((person) => [person.user.id, person.user])), [people]);
}
