import { Text } from 'react-aria-components';
import { Avatar } from '../components/Avatar';
import { Highlighted } from './Highlighted';
import type { FoundItem } from './quick-find-groups';

/** How one result looks: its title (and avatar for a person), where it is, and for text matches the words around them. */
export function FoundItemContent({ item }: { item: FoundItem }) {
  return (
    <span className={`found found-${item.kind}`}>
      {item.avatar && <Avatar initials={item.avatar.initials} colour={item.avatar.color} />}
      <span className="found-text">
        <Text slot="label" className="found-title" lang={item.welsh ? 'cy' : undefined}>
          {item.title}
        </Text>
        {item.detail && (
          <Text slot="description" className="found-detail">
            {item.detail}
          </Text>
        )}
        {item.snippet && (
          <span className="found-snippet">
            <Highlighted snippet={item.snippet} />
          </span>
        )}
      </span>
    </span>
  );
}
