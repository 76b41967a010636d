import { useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PostView } from '../../../../shared/forum/forum-rooms';
import { postText } from '../../../../shared/forum/post-body';
import { paths } from '../../app/paths';
import { useCreateDocument } from '../../data/documents';

const EXCERPT = 80;

/**
 * Turns the discussion into a document of the same space: a dialog lists the thread's shown
 * posts, each with a checkbox (all ticked to start); the server starts the document with the
 * chosen ones, each under its author's name (never hidden or deleted ones), named after the
 * thread, and records it on the thread. It opens; offline it waits in the outbox.
 */
export function ThreadToDocument(props: {
  serverId: string;
  spaceId: string;
  threadId: string;
  title: string;
  posts: readonly PostView[];
  nameOf: (userId: string) => string;
  onAnnounce: (text: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hintId = useId();
  const create = useCreateDocument(props.serverId, props.spaceId, props.threadId);
  const quotable = props.posts.filter((post) => !post.deleted && !post.hidden && post.body);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const picked = chosen ?? new Set(quotable.map((post) => post.id));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };

  const make = async (close: () => void) => {
    const posts = quotable.filter((post) => picked.has(post.id)).map((post) => post.id);
    if (posts.length === 0) return setError(t('library.noPostsChosen'));
    const result = await create.mutateAsync({ title: props.title, posts });
    if (!result.ok) return setError(t(`errors.${result.error}`));
    close();
    setChosen(null);
    setError(null);
    if (result.value.status === 'saved') navigate(paths.document(props.serverId, result.value.made.id));
    else props.onAnnounce(t('forumThread.toDocumentQueued'));
  };

  return (
    <DialogTrigger>
      <Button>{t('forumThread.toDocument')}</Button>
      <ModalOverlay isDismissable className="dialog-overlay">
        <Modal className="confirm-dialog">
          <Dialog className="confirm-dialog-body" aria-describedby={hintId}>
            {({ close }) => (
              <>
                <Heading slot="title">{t('forumThread.toDocument')}</Heading>
                <p id={hintId}>{t('library.choosePostsHint')}</p>
                <fieldset className="choose-posts">
                  <legend>{t('library.choosePosts')}</legend>
                  {quotable.map((post) => {
                    const text = postText(post.body!);
                    return (
                      <label key={post.id} className="checkbox">
                        <input
                          type="checkbox"
                          checked={picked.has(post.id)}
                          onChange={(event) => toggle(post.id, event.target.checked)}
                        />
                        <span>
                          {t('library.postBy', {
                            name: props.nameOf(post.authorId),
                            text: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
                          })}
                        </span>
                      </label>
                    );
                  })}
                </fieldset>
                {error && (
                  <p role="alert" className="form-error">
                    {error}
                  </p>
                )}
                <div className="dialog-actions">
                  <Button onPress={close}>{t('common.cancel')}</Button>
                  <Button className="primary" isDisabled={create.isPending} onPress={() => void make(close)}>
                    {t('documents.create')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
