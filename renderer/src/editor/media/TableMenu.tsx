import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TABLE_ACTIONS, type TableAction } from './table-commands';

/** The table around the caret: add or remove rows and columns, header row on or off, delete it. */
export function TableMenu({ onAction }: { onAction: (action: TableAction) => void }) {
  const { t } = useTranslation();
  return (
    <MenuTrigger>
      <Button className="tool media-tool" data-testid="table-menu">
        {t('media.tableMenu')}
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover className="tool-menu-popover" placement="bottom start">
        <Menu className="tool-menu" aria-label={t('media.tableMenu')} onAction={(key) => onAction(key as TableAction)}>
          {TABLE_ACTIONS.map((action) => (
            <MenuItem key={action} id={action} className="tool-menu-item media-menu-item">
              {t(`media.${action}`)}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
