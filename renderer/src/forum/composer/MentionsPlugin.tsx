import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MenuOption } from '@lexical/react/LexicalMenuOption';
import { LexicalTypeaheadMenuPlugin, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, type TextNode } from 'lexical';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../components/Avatar';
import { $createMentionNode } from './MentionNode';
import { matchingPeople, type Mentionable } from './mention-match';

class PersonOption extends MenuOption {
  constructor(readonly person: Mentionable) {
    super(person.id);
  }
}

/** Lexical names each option `typeahead-item-<index>` in the text's aria-activedescendant. */
const optionId = (index: number) => `typeahead-item-${index}`;

/**
 * @mention autocomplete: "@" and the first letters of a name offer the space's members who match.
 * Lexical's typeahead menu does the keys (Up/Down, Enter or Tab to choose, Escape to close) and
 * points the text's aria-activedescendant at the highlighted person; a polite live region also
 * says who that is and how many match, since screen readers do not all follow activedescendant
 * on a rich text box. The chosen person becomes a MentionNode followed by a space.
 */
export function MentionsPlugin({ people, parent }: { people: readonly Mentionable[]; parent: HTMLElement | null }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [query, setQuery] = useState<string | null>(null);
  const [announced, setAnnounced] = useState('');
  const trigger = useBasicTypeaheadTriggerMatch('@', { minLength: 0, maxLength: 40, allowWhitespace: true });
  const options = useMemo(
    () => (query === null ? [] : matchingPeople(people, query).map((person) => new PersonOption(person))),
    [people, query],
  );

  const choose = (option: PersonOption, queryNode: TextNode | null, closeMenu: () => void) => {
    editor.update(() => {
      const mention = $createMentionNode(option.person.id, option.person.name);
      if (queryNode) queryNode.replace(mention);
      else return;
      const space = $createTextNode(' ');
      mention.insertAfter(space);
      space.select();
    });
    closeMenu();
  };

  if (!parent) return null;
  return (
    <>
      <span className="visually-hidden" role="status">
        {announced}
      </span>
      <LexicalTypeaheadMenuPlugin<PersonOption>
        onQueryChange={setQuery}
        onClose={() => setAnnounced('')}
        onSelectOption={choose}
        triggerFn={trigger}
        options={options}
        parent={parent}
        anchorClassName="mention-anchor"
        menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
          anchor.current && options.length > 0
            ? createPortal(
                <MentionList
                  container={anchor.current}
                  label={t('composer.mentionList')}
                  options={options}
                  selectedIndex={selectedIndex}
                  onChoose={selectOptionAndCleanUp}
                  onHighlight={setHighlightedIndex}
                  onAnnounce={setAnnounced}
                />,
                anchor.current,
              )
            : null
        }
      />
    </>
  );
}

function MentionList({
  container,
  label,
  options,
  selectedIndex,
  onChoose,
  onHighlight,
  onAnnounce,
}: {
  container: HTMLElement;
  label: string;
  options: PersonOption[];
  selectedIndex: number | null;
  onChoose: (option: PersonOption) => void;
  onHighlight: (index: number) => void;
  onAnnounce: (text: string) => void;
}) {
  const { t } = useTranslation();
  // Lexical labels its listbox "Typeahead menu", in English: say it in the UI's language.
  useLayoutEffect(() => container.setAttribute('aria-label', label), [container, label]);
  const selected = selectedIndex === null ? null : options[selectedIndex];
  useEffect(() => {
    const timer = window.setTimeout(
      () =>
        onAnnounce(
          selected
            ? t('composer.mentionHighlighted', {
                name: selected.person.name,
                position: (selectedIndex ?? 0) + 1,
                count: options.length,
              })
            : '',
        ),
      150,
    );
    return () => window.clearTimeout(timer);
  }, [selected, selectedIndex, options.length, t, onAnnounce]);
  return (
    <div role="presentation" className="mention-list">
      {options.map((option, index) => (
        <div
          key={option.key}
          id={optionId(index)}
          ref={(element) => option.setRefElement(element)}
          role="option"
          aria-selected={selectedIndex === index}
          className={selectedIndex === index ? 'mention-option selected' : 'mention-option'}
          tabIndex={-1}
          onMouseEnter={() => onHighlight(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(option)}
        >
          <Avatar initials={option.person.initials} colour={option.person.color} />
          <span>{option.person.name}</span>
        </div>
      ))}
    </div>
  );
}
