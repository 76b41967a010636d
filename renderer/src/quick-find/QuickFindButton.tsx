import { useTranslation } from 'react-i18next';
import { isMacPlatform } from '../app/navigation/history-keys';

/** Looks like a search box and opens quick find; says its shortcut. */
export function QuickFindButton({ onOpen, compact = false }: { onOpen: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const shortcut = isMacPlatform(navigator.platform) ? '⌘K' : 'Ctrl+K';
  return (
    <button
      type="button"
      className={compact ? 'quick-find-button compact' : 'quick-find-button'}
      onClick={onOpen}
      aria-keyshortcuts={isMacPlatform(navigator.platform) ? 'Meta+K' : 'Control+K'}
    >
      <span className="quick-find-button-label">{t('find.open')}</span>
      {!compact && (
        <kbd className="quick-find-button-keys" aria-hidden="true">
          {shortcut}
        </kbd>
      )}
    </button>
  );
}
