import type { RefObject } from 'react';
import { Menu, MenuItem, MenuSection, Popover, Header, Separator } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export type SpellingChoice = { kind: 'replace'; suggestion: string } | { kind: 'add' } | { kind: 'ignore' };

/**
 * The menu for one misspelt word, by the word: its suggestions (Enter replaces the word), "Add
 * to dictionary" and "Ignore". Escape closes it and the word stays selected in the text.
 */
export function SpellingMenu({
  anchor,
  word,
  suggestions,
  onChoose,
  onClose,
}: {
  anchor: RefObject<HTMLDivElement | null>;
  word: string;
  suggestions: string[];
  onChoose: (choice: SpellingChoice) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const act = (key: string | number) => {
    const id = String(key);
    if (id === 'add') onChoose({ kind: 'add' });
    else if (id === 'ignore') onChoose({ kind: 'ignore' });
    else if (id.startsWith('s:')) onChoose({ kind: 'replace', suggestion: id.slice(2) });
  };
  return (
    <Popover
      triggerRef={anchor}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      placement="bottom start"
      aria-label={t('spelling.menu', { word })}
      className="menu-popover spelling-popover"
    >
      <Menu
        className="menu spelling-menu"
        aria-label={t('spelling.menu', { word })}
        autoFocus="first"
        disabledKeys={['none']}
        onAction={act}
      >
        <MenuSection className="spelling-section">
          <Header className="spelling-heading">{t('spelling.suggestions')}</Header>
          {suggestions.length > 0 ? (
            suggestions.map((suggestion) => (
              <MenuItem key={suggestion} id={`s:${suggestion}`} textValue={suggestion} className="spelling-suggestion">
                {suggestion}
              </MenuItem>
            ))
          ) : (
            <MenuItem id="none">{t('spelling.noSuggestions')}</MenuItem>
          )}
        </MenuSection>
        <Separator className="tool-menu-separator" />
        <MenuItem id="add">{t('spelling.add')}</MenuItem>
        <MenuItem id="ignore">{t('spelling.ignore')}</MenuItem>
      </Menu>
    </Popover>
  );
}
