import type { Key } from 'react-aria-components';
import {
  Button,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  TooltipTrigger,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Reaction, REACTION_EMOJI } from '../../../../shared/forum/forum-rooms';

/** Who reacted, as shown: "you, Ann Jones and 3 more". At most 10 names are listed. */
export function reactorNames(
  userIds: readonly string[],
  me: string,
  nameOf: (userId: string) => string,
  words: { you: string; andMore: (names: string, count: number) => string },
): string {
  const ordered = [...userIds.filter((id) => id === me), ...userIds.filter((id) => id !== me)];
  const names = ordered.slice(0, 10).map((id) => (id === me ? words.you : nameOf(id)));
  const rest = ordered.length - names.length;
  return rest > 0 ? words.andMore(names.join(', '), rest) : names.join(', ');
}

/**
 * A post's reactions: one toggle per reaction someone has made (emoji and count; its tooltip
 * says who), and "Add a reaction" with the whole fixed set. Arrow keys move along the group;
 * Space or Enter toggles one's own. Reactions still in the outbox show as they will be.
 */
export function Reactions({
  reactions,
  me,
  canReact,
  nameOf,
  onToggle,
}: {
  /** Each reaction's people, pending changes already applied. */
  reactions: Partial<Record<Reaction, readonly string[]>>;
  me: string;
  canReact: boolean;
  nameOf: (userId: string) => string;
  onToggle: (reaction: Reaction, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const used = Reaction.options.filter((reaction) => (reactions[reaction]?.length ?? 0) > 0);
  const mine = new Set<Key>(used.filter((reaction) => reactions[reaction]?.includes(me)));
  if (used.length === 0 && !canReact) return null;
  const label = (reaction: Reaction) => `${REACTION_EMOJI[reaction]} ${t(`forumReaction.${reaction}`)}`;
  const who = (reaction: Reaction) =>
    reactorNames(reactions[reaction] ?? [], me, nameOf, {
      you: t('forumReactions.you'),
      andMore: (names, count) => t('forumReactions.andMore', { names, count }),
    });

  return (
    <div className="reactions">
      {used.length > 0 && (
        <ToggleButtonGroup
          aria-label={t('forumReactions.group')}
          selectionMode="multiple"
          selectedKeys={mine}
          isDisabled={!canReact}
          onSelectionChange={(keys) => {
            for (const reaction of used) {
              const on = keys.has(reaction);
              if (on !== mine.has(reaction)) onToggle(reaction, on);
            }
          }}
          className="reaction-group"
        >
          {used.map((reaction) => (
            <TooltipTrigger key={reaction} delay={400}>
              <ToggleButton
                id={reaction}
                className="reaction"
                aria-label={t('forumReactions.button', {
                  reaction: label(reaction),
                  count: reactions[reaction]!.length,
                })}
                aria-description={who(reaction)}
              >
                <span aria-hidden="true">
                  {REACTION_EMOJI[reaction]} {reactions[reaction]!.length}
                </span>
              </ToggleButton>
              <Tooltip className="tool-tip" placement="top" offset={6}>
                {t('forumReactions.who', { reaction: label(reaction), names: who(reaction) })}
              </Tooltip>
            </TooltipTrigger>
          ))}
        </ToggleButtonGroup>
      )}
      {canReact && (
        <MenuTrigger>
          <Button className="quiet reaction-add" aria-label={t('forumReactions.add')}>
            <span aria-hidden="true">☺+</span>
          </Button>
          <Popover className="menu-popover" placement="bottom start">
            <Menu
              className="menu reaction-menu"
              aria-label={t('forumReactions.addMenu')}
              selectionMode="multiple"
              selectedKeys={mine}
              onSelectionChange={(keys) => {
                if (keys === 'all') return;
                for (const reaction of Reaction.options)
                  if (keys.has(reaction) !== mine.has(reaction)) onToggle(reaction, keys.has(reaction));
              }}
            >
              {Reaction.options.map((reaction) => (
                <MenuItem key={reaction} id={reaction} textValue={t(`forumReaction.${reaction}`)}>
                  {label(reaction)}
                </MenuItem>
              ))}
            </Menu>
          </Popover>
        </MenuTrigger>
      )}
    </div>
  );
}
