import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export type Present = {
  clientId: number;
  name: string;
  color: string;
  initials: string;
  service: string;
  isSelf: boolean;
};

/** Everyone in the room, from awareness: name, colour, initials and library service, oneself first. */
export function usePresence(provider: WebsocketProvider | null): Present[] {
  const [people, setPeople] = useState<Present[]>([]);
  useEffect(() => {
    if (!provider) return;
    const { awareness } = provider;
    const read = () => {
      const list: Present[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        const name = typeof state.name === 'string' ? state.name : null;
        if (!name) continue;
        const color = typeof state.color === 'string' ? state.color : '#4e5d6c';
        // Lexical's collaboration plugin keeps our extra fields under `awarenessData`.
        const extra: Record<string, unknown> =
          typeof state.awarenessData === 'object' && state.awarenessData !== null ? state.awarenessData : {};
        const initials = typeof extra.initials === 'string' ? extra.initials : name.slice(0, 1);
        const service = typeof extra.service === 'string' ? extra.service : '';
        list.push({ clientId, name, color, initials, service, isSelf: clientId === awareness.clientID });
      }
      list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
      setPeople(list);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider]);
  return people;
}
