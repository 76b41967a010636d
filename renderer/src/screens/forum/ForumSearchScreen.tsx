import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Select,
  SelectValue,
} from 'react-aria-components';
import { Link } from 'react-router';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useMembers } from '../../data/members';
import { useForumSearch } from '../../forum/data/forum-search';
import { useForum } from '../../forum/data/rooms';
import { useLocale } from '../../i18n/useLocale';
import { Highlighted } from '../../quick-find/Highlighted';
import { spaceName } from '../../spaces/space-text';
import { useSpaceContext } from '../space/space-context';
import { usePeopleById } from './usePeopleById';

/** The category filter's "any" choice (a key no category id can be: ids are 8–32 safe characters). */
const ANY = '*';

/**
 * Searching one space's forum: results as one types, filtered by category and by author (a
 * combobox over the space's members: type part of a name). Each result leads to its post, with
 * the words marked there. How many were found is said politely. The device's index answers,
 * so offline it searches the threads stored on this device.
 */
export function ForumSearchScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space } = useSpaceContext();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const forum = useForum(server.id, space.id);
  const members = useMembers(server.id, space.id).data;
  const people = usePeopleById(server.id);
  const [text, setText] = useState('');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [authorId, setAuthorId] = useState<string | null>(null);
  useWindowTitle(t('forumSearch.title'), spaceName(space, locale).text);

  const results = useForumSearch(server.id, { text, spaceId: space.id, categoryId, authorId });
  const typed = text.trim() !== '';
  const hits = typed ? (results.data?.hits ?? []) : [];
  const settled = typed && results.data !== undefined && !results.isPlaceholderData;

  const categories = useMemo(
    () => (forum.value ?? []).map((category) => ({ id: category.id, name: spaceName(category, locale).text })),
    [forum.value, locale],
  );
  const categoryOf = (id: string) => categories.find((category) => category.id === id)?.name ?? null;
  const authors = useMemo(
    () =>
      (members ?? [])
        .map((member) => ({ id: member.user.id, name: member.user.name }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [members, locale],
  );
  const nameOf = (userId: string) =>
    authors.find((author) => author.id === userId)?.name ?? people.get(userId)?.name ?? t('forumPost.formerMember');

  return (
    <>
      {/* The space's breadcrumbs are above (SpaceLayout): a second "Where you are" would repeat its landmark. */}
      <p className="back-link">
        <Link to={paths.forum(server.id, space.id)}>{t('forumThread.backToForum')}</Link>
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {t('forumSearch.title')}
      </h2>
      <div role="search" aria-label={t('forumSearch.filtersLabel')} className="forum-search-form">
        <SearchField className="field forum-search-field" value={text} onChange={setText}>
          <Label>{t('forumSearch.field')}</Label>
          <div className="forum-search-input">
            <Input placeholder={t('forumSearch.placeholder')} />
            <Button className="quiet forum-search-clear" aria-label={t('forumSearch.clear')}>
              ×
            </Button>
          </div>
        </SearchField>
        <Select
          className="field forum-search-filter"
          selectedKey={categoryId ?? ANY}
          onSelectionChange={(key) => setCategoryId(key === ANY || key === null ? null : String(key))}
        >
          <Label>{t('forumSearch.category')}</Label>
          <Button className="select-button">
            <SelectValue />
            <span aria-hidden="true"> ▾</span>
          </Button>
          <Popover className="menu-popover">
            <ListBox className="menu" items={[{ id: ANY, name: t('forumSearch.anyCategory') }, ...categories]}>
              {(item) => (
                <ListBoxItem id={item.id} className="menu-item">
                  {item.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
        <ComboBox
          className="field forum-search-filter"
          items={authors}
          selectedKey={authorId}
          onSelectionChange={(key) => setAuthorId(key === null ? null : String(key))}
          menuTrigger="focus"
        >
          <Label>{t('forumSearch.author')}</Label>
          <div className="forum-search-input">
            <Input placeholder={t('forumSearch.anyone')} />
            <Button className="select-button" aria-label={t('forumSearch.showAuthors')}>
              <span aria-hidden="true">▾</span>
            </Button>
          </div>
          <Popover className="menu-popover">
            <ListBox
              className="menu"
              renderEmptyState={() => <p className="menu-empty">{t('forumSearch.noAuthor')}</p>}
            >
              {(item: { id: string; name: string }) => (
                <ListBoxItem id={item.id} className="menu-item">
                  {item.name}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
        {authorId && (
          <Button className="quiet forum-search-anyone" onPress={() => setAuthorId(null)}>
            {t('forumSearch.clearAuthor')}
          </Button>
        )}
      </div>
      {results.failure && (
        <p role="alert" className="form-error">
          {t(`errors.${results.failure}`)}
        </p>
      )}
      {!typed && <p className="muted">{t('forumSearch.hint')}</p>}
      {results.data?.indexing && typed && <p className="field-hint">{t('forumSearch.indexing')}</p>}
      {settled && hits.length === 0 && <p>{t('forumSearch.nothing')}</p>}
      {hits.length > 0 && (
        <ol className="forum-search-results" aria-label={t('forumSearch.resultsLabel')}>
          {hits.map((hit) => (
            <li key={`${hit.threadId}.${hit.postId}`} className="forum-search-result">
              <Link to={paths.forumThread(server.id, space.id, hit.threadId, hit.postId, text.trim())}>
                {hit.threadTitle}
              </Link>
              <p className="forum-search-detail">
                {[categoryOf(hit.categoryId), t('forumSearch.by', { name: nameOf(hit.authorId) })]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {hit.snippet && (
                <p className="forum-search-snippet">
                  <Highlighted snippet={hit.snippet} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {settled ? t('forumSearch.found', { count: hits.length }) : ''}
      </p>
    </>
  );
}
