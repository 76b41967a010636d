import {
  Button,
  Keyboard,
  Menu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Popover,
  Separator,
  Text,
  Tooltip,
  TooltipTrigger,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { shortcutLabels } from './shortcut-keys';
import { TOOLTIP_DELAY_MS, type ToolState } from './ToolButton';
import type { ToolId, ToolSpec } from './tools';

function ToolMenuItem({ tool, platform }: { tool: ToolSpec; platform: string | null }) {
  const { t } = useTranslation();
  const keys = shortcutLabels(tool, platform);
  return (
    <MenuItem id={tool.id} className="tool-menu-item" textValue={t(tool.label)}>
      <span className="tool-menu-glyph" aria-hidden="true">
        {tool.glyph}
      </span>
      <Text slot="label">{t(tool.label)}</Text>
      {keys.length > 0 && <Keyboard>{keys[0]}</Keyboard>}
    </MenuItem>
  );
}

/**
 * The tools a narrow toolbar has no room for, in a menu: those that are on or off (marks,
 * text styles) are checkable items that say which are on; undo and redo are plain items,
 * unavailable when there is nothing to undo or redo.
 */
export function MoreFormatting({
  tools,
  states,
  platform,
  isOpen,
  onOpenChange,
  onRun,
}: {
  tools: ToolSpec[];
  states: Record<ToolId, ToolState>;
  platform: string | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onRun: (id: ToolId) => void;
}) {
  const { t } = useTranslation();
  const toggles = tools.filter((tool) => states[tool.id].pressed !== undefined);
  const actions = tools.filter((tool) => states[tool.id].pressed === undefined);
  const selected = toggles.filter((tool) => states[tool.id].pressed).map((tool) => tool.id);
  const disabled = actions.filter((tool) => states[tool.id].disabled).map((tool) => tool.id);
  return (
    <MenuTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <TooltipTrigger delay={TOOLTIP_DELAY_MS}>
        <Button className="tool tool-more">
          <span aria-hidden="true">⋯</span>
          <span className="visually-hidden">{t('editor.moreFormatting')}</span>
        </Button>
        <Tooltip className="tool-tip" placement="bottom" offset={6}>
          {t('editor.moreFormatting')}
        </Tooltip>
      </TooltipTrigger>
      <Popover className="tool-menu-popover" placement="bottom end">
        <Menu
          className="tool-menu"
          aria-label={t('editor.moreFormatting')}
          disabledKeys={disabled}
          onAction={(key) => onRun(key as ToolId)}
        >
          {toggles.length > 0 && (
            <MenuSection selectionMode="multiple" selectedKeys={selected}>
              {toggles.map((tool) => (
                <ToolMenuItem key={tool.id} tool={tool} platform={platform} />
              ))}
            </MenuSection>
          )}
          {toggles.length > 0 && actions.length > 0 && <Separator className="tool-menu-separator" />}
          {actions.length > 0 && (
            <MenuSection>
              {actions.map((tool) => (
                <ToolMenuItem key={tool.id} tool={tool} platform={platform} />
              ))}
            </MenuSection>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
