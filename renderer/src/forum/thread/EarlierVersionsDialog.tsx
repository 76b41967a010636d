import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PostVersion } from '../../../../shared/forum/forum-rooms';
import { formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/en';
import { renderedPostBody } from './post-body-render';

const WHY = {
  edited: 'postVersions.edited',
  hidden: 'postVersions.hidden',
  deleted: 'postVersions.deleted',
} as const satisfies Record<PostVersion['why'], MessageKey>;

/**
 * A post's earlier bodies, for moderators: each with when it was set aside and why (an edit
 * replaced it, or a moderator hid or deleted the post), newest first, rendered as posts are.
 * Escape or Close shuts it; focus returns to the post's menu button (React Aria).
 */
export function EarlierVersionsDialog({
  postId,
  authorName,
  versions,
  onClose,
}: {
  postId: string;
  authorName: string;
  versions: readonly PostVersion[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = { checked: t('forumPost.checked'), unchecked: t('forumPost.unchecked') };
  const newestFirst = [...versions].reverse();
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="dialog-overlay">
      <Modal className="confirm-dialog versions-dialog">
        <Dialog className="confirm-dialog-body">
          <Heading slot="title">{t('postVersions.title', { name: authorName })}</Heading>
          <p className="muted">{t('postVersions.intro')}</p>
          <ol className="versions-list">
            {newestFirst.map((version, index) => (
              <li key={`${version.at}.${index}`} className="version">
                <h3 className="version-heading">
                  {t(WHY[version.why], { date: formatDateTime(version.at, i18n.language) })}
                </h3>
                <div className="post-body">
                  {/* One cache entry per version: the post's id, the time it was set aside and why. */}
                  {renderedPostBody(
                    `version\u0000${postId}\u0000${version.at}\u0000${version.why}`,
                    version.body,
                    labels,
                  )}
                </div>
              </li>
            ))}
          </ol>
          <div className="dialog-actions">
            <Button className="primary" onPress={onClose}>
              {t('postVersions.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
