import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import { usePresence } from './usePresence';

export function PresenceList({ provider }: { provider: WebsocketProvider }) {
  const { t } = useTranslation();
  const people = usePresence(provider);
  return (
    <ul className="presence" data-testid="presence" aria-label={t('presence.label')}>
      {people.map((person) => (
        <li key={person.clientId} className="presence-person">
          <span className="avatar" style={{ backgroundColor: person.color }} aria-hidden="true">{person.initials}</span>
          <span>{person.isSelf ? t('presence.you', { name: person.name }) : person.name}</span>
        </li>
      ))}
    </ul>
  );
}
