import { useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CategoryView, ThreadDetails } from '../../../../shared/forum/forum-rooms';
import type { ForumOutboxChange } from '../../../../shared/ipc/forum-changes';
import type { ForumChangeResult } from '../../../../shared/ipc/contract';
import type { Outcome } from '../../data/host';
import { ReasonDialog } from './ReasonDialog';

type Dialog = 'lock' | 'move' | 'delete' | null;

/**
 * A moderator's menu for the thread: pin or unpin, lock (with a reason the reply box shows) or
 * unlock, move to another of the forum's categories, delete (with an optional reason).
 */
export function ThreadModeration({
  spaceId,
  threadId,
  details,
  categories,
  categoryName,
  send,
  onDone,
}: {
  spaceId: string;
  threadId: string;
  details: ThreadDetails;
  categories: readonly CategoryView[];
  categoryName: (category: CategoryView) => string;
  send: (change: ForumOutboxChange) => Promise<Outcome<ForumChangeResult>>;
  onDone: (announcement: string, deleted?: boolean) => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState<string>('');
  const others = categories.filter((category) => category.id !== details.categoryId);

  const run = async (change: ForumOutboxChange, deleted = false) => {
    setBusy(true);
    setError(null);
    const result = await send(change);
    setBusy(false);
    if (!result.ok) return setError(t(`errors.${result.error}`));
    setDialog(null);
    onDone(t(result.value.status === 'saved' ? 'forumModeration.done' : 'forumModeration.queued'), deleted);
  };
  const moderate = (changes: Extract<ForumOutboxChange, { kind: 'forum-moderate-thread' }>['changes']) =>
    run({ kind: 'forum-moderate-thread', spaceId, threadId, changes });

  const act = (key: string) => {
    setError(null);
    if (key === 'pin') void moderate({ pinned: true, reason: null });
    else if (key === 'unpin') void moderate({ pinned: false, reason: null });
    else if (key === 'unlock') void moderate({ locked: false, reason: null });
    else if (key === 'move') {
      setTarget(others[0]?.id ?? '');
      setDialog('move');
    } else setDialog(key as Dialog);
  };

  return (
    <>
      <MenuTrigger>
        <Button className="thread-moderate" aria-label={t('forumThread.moderateLabel')}>
          {t('forumThread.moderate')}
        </Button>
        <Popover className="menu-popover" placement="bottom end">
          <Menu className="menu" onAction={(key) => act(String(key))}>
            {details.pinned ? (
              <MenuItem id="unpin">{t('forumModeration.unpin')}</MenuItem>
            ) : (
              <MenuItem id="pin">{t('forumModeration.pin')}</MenuItem>
            )}
            {details.locked ? (
              <MenuItem id="unlock">{t('forumModeration.unlock')}</MenuItem>
            ) : (
              <MenuItem id="lock">{t('forumModeration.lock')}</MenuItem>
            )}
            {others.length > 0 && <MenuItem id="move">{t('forumModeration.move')}</MenuItem>}
            <MenuItem id="delete">{t('forumModeration.deleteThread')}</MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      {error && dialog === null && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {dialog === 'lock' && (
        <ReasonDialog
          title={t('forumModeration.lockTitle')}
          reasonLabel={t('forumModeration.lockReason')}
          confirmLabel={t('forumModeration.lockConfirm')}
          busy={busy}
          error={error}
          onCancel={() => setDialog(null)}
          onConfirm={(reason) => void moderate({ locked: true, reason })}
        />
      )}
      {dialog === 'move' && (
        <ReasonDialog
          title={t('forumModeration.moveTitle')}
          reasonLabel={null}
          confirmLabel={t('forumModeration.moveConfirm')}
          busy={busy}
          error={error}
          onCancel={() => setDialog(null)}
          onConfirm={() => target && void moderate({ categoryId: target, reason: null })}
        >
          <div className="field">
            <label htmlFor="move-thread-category">{t('forumModeration.moveTo')}</label>
            <select id="move-thread-category" value={target} onChange={(event) => setTarget(event.target.value)}>
              {others.map((category) => (
                <option key={category.id} value={category.id}>
                  {categoryName(category)}
                </option>
              ))}
            </select>
          </div>
        </ReasonDialog>
      )}
      {dialog === 'delete' && (
        <ReasonDialog
          title={t('forumModeration.deleteThreadTitle')}
          message={t('forumModeration.deleteThreadMessage')}
          reasonLabel={t('forumModeration.deleteReason')}
          confirmLabel={t('forumModeration.deleteConfirm')}
          danger
          busy={busy}
          error={error}
          onCancel={() => setDialog(null)}
          onConfirm={(reason) => void run({ kind: 'forum-delete-thread', spaceId, threadId, reason }, true)}
        />
      )}
    </>
  );
}
