import { createContext, useContext } from 'react';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { Actor } from '../../../../shared/spaces/permissions';

/** The space whose screens show (the `:spaceId` of the address), and the person's standing in it. */
export const SpaceContext = createContext<{ space: SpaceSummary; actor: Actor } | null>(null);

export function useSpaceContext(): { space: SpaceSummary; actor: Actor } {
  const value = useContext(SpaceContext);
  if (!value) throw new Error('useSpaceContext outside a space’s screens');
  return value;
}
