import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpaces } from '../data/spaces';
import type { OutboxEntry } from '../../../shared/ipc/contract';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useLocale } from '../i18n/useLocale';
import { spaceName } from '../spaces/space-text';
import { translate } from '../i18n/message';
import { changeMessage } from './outbox-view';
import { OutboxEntryItem } from './OutboxEntryItem';

/**
 * The outbox opened: each change, oldest first, with Discard (after a question), and "Send
 * now". `notSent` says that the last "Send now" left changes waiting.
 */
export function OutboxPanel({
  id,
  serverId,
  entries,
  sending,
  notSent,
  onSendNow,
  onDiscard,
}: {
  id: string;
  serverId: string;
  entries: readonly OutboxEntry[];
  sending: boolean;
  notSent: boolean;
  onSendNow: () => void;
  onDiscard: (entry: OutboxEntry) => Promise<void>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const spaces = useSpaces(serverId).data?.spaces ?? [];
  const [discarding, setDiscarding] = useState<OutboxEntry | null>(null);
  const [busy, setBusy] = useState(false);

  const describe = (entry: OutboxEntry): string => {
    const { change } = entry;
    const space =
      change.kind === 'create-document' ? spaces.find((candidate) => candidate.id === change.spaceId) : undefined;
    const message = changeMessage(change, space ? spaceName(space, locale).text : null);
    return translate(t, message);
  };

  const discard = async () => {
    if (!discarding) return;
    setBusy(true);
    await onDiscard(discarding);
    setBusy(false);
    setDiscarding(null);
  };

  return (
    <section id={id} className="outbox-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('outbox.heading')}
      </h2>
      <p>{t('outbox.intro')}</p>
      <ol className="outbox-list" aria-label={t('outbox.listLabel')}>
        {entries.map((entry) => (
          <OutboxEntryItem key={entry.id} entry={entry} what={describe(entry)} onDiscard={() => setDiscarding(entry)} />
        ))}
      </ol>
      {entries.some((entry) => entry.state === 'waiting') && (
        <div className="actions">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button type="button" className="primary" aria-disabled={sending} onClick={() => !sending && onSendNow()}>
            {sending ? t('outbox.sending') : t('outbox.sendNow')}
          </button>
        </div>
      )}
      <div role="status">{notSent && <p className="note">{t('outbox.notSent')}</p>}</div>
      {discarding && (
        <ConfirmDialog
          title={t('outbox.discardTitle')}
          message={t('outbox.discardBody', { change: describe(discarding) })}
          confirmLabel={t('outbox.discardConfirm')}
          busy={busy}
          onConfirm={() => void discard()}
          onCancel={() => setDiscarding(null)}
          fallbackFocus={heading}
        />
      )}
    </section>
  );
}
