import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Autocomplete,
  Button,
  Dialog,
  Header,
  Input,
  Label,
  Menu,
  MenuItem,
  MenuSection,
  Modal,
  ModalOverlay,
  SearchField,
} from 'react-aria-components';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../app/paths';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { parseAppLink } from '../../../shared/links';
import { useCurrentSpaceId } from '../app/sidebar/useCurrentSpaceId';
import { usePeople, useRecentDocuments, useQuickFind } from '../data/search';
import { useSpaces } from '../data/spaces';
import { useLocale } from '../i18n/useLocale';
import { spaceName } from '../spaces/space-text';
import { quickFindGroups, type FoundItem } from './quick-find-groups';
import { FoundItemContent } from './FoundItemContent';

/**
 * Quick find (Ctrl+K / ⌘K): the server's spaces, documents (titles, and the text of every
 * document stored on this device), forum posts stored on this device and people, offline, as one types. A combobox screen readers
 * understand (React Aria's Autocomplete: focus stays in the field, arrows move through the
 * results, Enter opens one); how many were found is said politely. Empty, it offers the
 * documents opened lately; a pasted link opens what it leads to.
 */
export function QuickFind({
  server,
  open,
  onOpenChange,
}: {
  server: ServerEntry;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <ModalOverlay isOpen={open} onOpenChange={onOpenChange} isDismissable className="dialog-overlay quick-find-overlay">
      <Modal className="quick-find">
        <QuickFindDialog server={server} onClose={() => onOpenChange(false)} />
      </Modal>
    </ModalOverlay>
  );
}

function QuickFindDialog({ server, onClose }: { server: ServerEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const [onlyHere, setOnlyHere] = useState(false);
  const currentSpaceId = useCurrentSpaceId();
  const spaces = useSpaces(server.id).data?.spaces ?? [];
  const currentSpace = spaces.find((space) => space.id === currentSpaceId);
  const filter = onlyHere && currentSpace ? currentSpace.id : null;
  const results = useQuickFind(server.id, text, filter);
  const recent = useRecentDocuments(server.id).data ?? [];
  const people = usePeople(server.id).data?.people;
  const names = useMemo(() => new Map((people ?? []).map((person) => [person.user.id, person.user.name])), [people]);
  const typed = text.trim() !== '';
  const link = typed && parseAppLink(text) ? text.trim() : null;
  const groups = quickFindGroups({
    serverId: server.id,
    typed,
    text,
    names,
    link,
    hits: typed ? (results.data?.hits ?? []) : [],
    recent,
    spaces,
    locale,
  });
  const found = groups.reduce((sum, group) => sum + group.items.length, 0);
  // Said once the answer for what is typed now has come (not at every key, nor at each quiet refresh of it).
  const settled = typed && results.data !== undefined && !results.isPlaceholderData;

  // Choosing a result takes the person there; the dialog closes when the address changes.
  const { key } = useLocation();
  const [openedAt] = useState(key);
  useEffect(() => {
    if (key !== openedAt) onClose();
  }, [key, openedAt, onClose]);

  return (
    <Dialog className="quick-find-dialog" aria-label={t('find.title')}>
      <Autocomplete inputValue={text} onInputChange={setText}>
        <SearchField className="quick-find-field" autoFocus>
          <Label>{t('find.field')}</Label>
          <div className="quick-find-input">
            <Input placeholder={t('find.placeholder')} />
            <Button className="quiet quick-find-clear">×</Button>
          </div>
        </SearchField>
        {currentSpace && (
          <label className="check-field quick-find-scope">
            <input type="checkbox" checked={onlyHere} onChange={(event) => setOnlyHere(event.target.checked)} />
            {t('find.onlyIn', { space: spaceName(currentSpace, locale).text })}
          </label>
        )}
        <Menu<FoundItem>
          className="menu quick-find-results"
          aria-label={t('find.results')}
          onAction={(key) => {
            if (key === 'link' && link) void navigate(paths.open(link));
            onClose();
          }}
          renderEmptyState={() => <p className="quick-find-empty">{typed ? t('find.nothing') : t('find.hint')}</p>}
        >
          {groups.map((group) => (
            <MenuSection key={group.id} id={`group:${group.id}`} className="quick-find-group">
              <Header className="quick-find-group-heading">{t(group.heading)}</Header>
              {group.items.map((item) => (
                <MenuItem
                  key={item.id}
                  id={item.id}
                  href={item.href ?? undefined}
                  textValue={item.text}
                  className="react-aria-MenuItem"
                >
                  <FoundItemContent item={item} />
                </MenuItem>
              ))}
            </MenuSection>
          ))}
        </Menu>
      </Autocomplete>
      {results.data?.indexing && typed && <p className="field-hint">{t('find.indexing')}</p>}
      <p className="visually-hidden" role="status">
        {settled ? t('find.found', { count: found }) : ''}
      </p>
      <p className="quick-find-keys field-hint" aria-hidden="true">
        {t('find.keys')}
      </p>
    </Dialog>
  );
}
