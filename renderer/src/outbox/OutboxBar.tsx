import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '../../../shared/ipc/contract';
import { translate, type Message } from '../i18n/message';
import { outboxAnnouncement, outboxSummary } from './outbox-view';
import { OutboxPanel } from './OutboxPanel';
import { useOutbox } from '../data/outbox';

/**
 * The active server's outbox, above whichever screen shows: while it holds changes, a bar that
 * says how many wait (or were refused) with an "Outbox (n)" button that opens the list. A
 * polite live region, always there, says when changes come, go or are refused.
 */
export function OutboxBar({ serverId }: { serverId: string }) {
  const { t } = useTranslation();
  const outbox = useOutbox(serverId);
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [discarded, setDiscarded] = useState<ReadonlySet<string>>(() => new Set());
  const [sending, setSending] = useState(false);
  // What the outbox held when "Send now" left changes waiting: the note stands until that changes.
  const [notSentAt, setNotSentAt] = useState<string | null>(null);
  const entries = outbox.entries ?? [];
  const empty = entries.length === 0;

  // Emptied, it closes: if it held the focus, the screen's heading takes it.
  const [wasEmpty, setWasEmpty] = useState(empty);
  if (wasEmpty !== empty) {
    setWasEmpty(empty);
    if (empty) setOpen(false);
  }
  const hadEntries = useRef(false);
  useEffect(() => {
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (empty && hadEntries.current && focusLost) {
      (document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main'))?.focus();
    }
    hadEntries.current = !empty;
  }, [empty]);

  const say = (messages: Message[]) => messages.map((message) => translate(t, message)).join(' ');
  const announcement = say(outboxAnnouncement(outbox.previous, outbox.entries, discarded));

  const sendNow = async () => {
    setSending(true);
    const after = await outbox.retry();
    setSending(false);
    setNotSentAt(after.entries.some((entry) => entry.state === 'waiting') ? shape(after.entries) : null);
  };

  const discard = async (entry: OutboxEntry) => {
    setDiscarded((ids) => new Set(ids).add(entry.id));
    await outbox.discard(entry.id);
  };

  return (
    <div className="outbox">
      {!empty && (
        <div className="outbox-bar">
          <p className="outbox-summary">{say(outboxSummary(entries))}</p>
          <button
            type="button"
            className="outbox-toggle"
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen((value) => !value)}
          >
            {t('outbox.open', { count: entries.length })}
          </button>
        </div>
      )}
      {open && !empty && (
        <OutboxPanel
          id={panelId}
          serverId={serverId}
          entries={entries}
          sending={sending}
          notSent={notSentAt !== null && notSentAt === shape(entries)}
          onSendNow={() => void sendNow()}
          onDiscard={discard}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** Which changes the outbox holds and in what state, whatever their attempts. */
function shape(entries: readonly OutboxEntry[]): string {
  return entries.map((entry) => `${entry.id}:${entry.state}`).join(',');
}
