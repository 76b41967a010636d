import type { MessageKey } from '../en';
import { app } from './app';
import { account } from './account';
import { spaces } from './spaces';
import { workspace } from './workspace';
import { invites } from './invites';
import { documents } from './documents';
import { find } from './find';
import { editor } from './editor';
import { outbox } from './outbox';
import { forum } from './forum';
import { forumThread } from './forum-thread';
import { forumExtras } from './forum-extras';
import { history } from './history';
import { comments } from './comments';
import { spelling } from './spelling';
import { media } from './media';
import { exportFiles } from './export';
import { library } from './library';

/** Pob llinyn y mae pobl yn ei weld, yn Gymraeg: yr un allweddi â'r Saesneg, un ffeil i bob rhan o'r ap. */
export const cy: Record<MessageKey, string> = {
  ...app,
  ...account,
  ...spaces,
  ...invites,
  ...documents,
  ...editor,
  ...outbox,
  ...workspace,
  ...find,
  ...forum,
  ...forumThread,
  ...forumExtras,
  ...history,
  ...comments,
  ...spelling,
  ...media,
  ...exportFiles,
  ...library,
};
