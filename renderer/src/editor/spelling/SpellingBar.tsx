import { Button, Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SpellingLanguage } from '../../../../shared/ipc/spelling-contract';

/**
 * Under the text: which language spelling is checked in and how many words are marked, the
 * "Next spelling mistake" button (F7 in the text) and the switch that turns spelling off.
 */
export function SpellingBar({
  enabled,
  language,
  count,
  checking,
  announcement,
  onNext,
  onToggle,
}: {
  enabled: boolean | null;
  language: SpellingLanguage;
  count: number;
  checking: boolean;
  announcement: string;
  onNext: () => void;
  onToggle: (enabled: boolean) => void;
}) {
  const { t } = useTranslation();
  const status = !enabled
    ? t('spelling.off')
    : checking
      ? t('spelling.checking')
      : `${t(`spelling.language_${language}`)}: ${t('spelling.count', { count })}`;
  return (
    <div className="spelling-bar" role="group" aria-label={t('spelling.bar')}>
      <span className="spelling-status" data-testid="spelling-status">
        {status}
      </span>
      <Button className="spelling-next" aria-keyshortcuts="F7" isDisabled={!enabled} onPress={onNext}>
        {t('spelling.next')} <span className="spelling-key">({t('spelling.nextHint')})</span>
      </Button>
      <Switch
        className="spelling-switch"
        isSelected={enabled ?? false}
        isDisabled={enabled === null}
        onChange={onToggle}
      >
        <span className="spelling-switch-track" aria-hidden="true" />
        {t('spelling.toggle')}
      </Switch>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}
