import { useTranslation } from 'react-i18next';
import type { PostView } from '../../../../shared/forum/forum-rooms';
import { ReasonDialog } from './ReasonDialog';

/** A post someone chose to delete (their own, or as a moderator) or to hide (a moderator). */
export type PostToDeleteOrHide = { kind: 'delete' | 'hide'; post: PostView };

/**
 * The question before deleting or hiding a post: a reason is required to hide one, offered when
 * a moderator deletes someone else's, and not asked when a person deletes their own.
 */
export function DeleteOrHidePostDialog({
  target,
  me,
  error,
  onCancel,
  onConfirm,
}: {
  target: PostToDeleteOrHide;
  me: string;
  error: string | null;
  onCancel: () => void;
  onConfirm: (reason: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t(target.kind === 'delete' ? 'forumDelete.title' : 'forumModeration.hideTitle')}
      message={target.kind === 'delete' ? t('forumDelete.message') : undefined}
      reasonLabel={
        target.kind === 'hide'
          ? t('forumModeration.hideReason')
          : target.post.authorId !== me
            ? t('forumModeration.deleteReason')
            : null
      }
      reasonRequired={target.kind === 'hide'}
      confirmLabel={t(target.kind === 'delete' ? 'forumDelete.confirm' : 'forumModeration.hideConfirm')}
      danger={target.kind === 'delete'}
      error={error}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
