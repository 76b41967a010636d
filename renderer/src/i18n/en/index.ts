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

/**
 * Every user-visible string, in English: flat dotted keys, one file per area of the app.
 * Welsh (../cy) has the same files with the same keys; the type checker insists.
 */
export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
