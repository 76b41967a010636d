import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import { Avatar } from '../components/Avatar';
import { usePresence } from './usePresence';

export function PresenceList({ provider }: { provider: WebsocketProvider }) {
  const { t } = useTranslation();
  const people = usePresence(provider);
  return (
    <ul className="presence" data-testid="presence" aria-label={t('presence.label')}>
      {people.map((person) => (
        <li key={person.clientId} className="presence-person">
          <Avatar initials={person.initials} colour={person.color} />
          <span>{person.isSelf ? t('presence.you', { name: person.name }) : person.name}</span>
          {/* The comma is for screen readers, so name and service are not read as one phrase. */}
          {person.service && (
            <span className="presence-service">
              <span className="visually-hidden">, </span>
              {person.service}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
