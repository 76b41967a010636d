import type { OutboxChange } from '../../../shared/ipc/contract';
import type { ChangeKind } from './change-kind';
import { createDocumentChange, renameDocumentChange } from './document-changes';
import { documentLibraryChange } from './document-library-changes';
import { forumChangeKinds } from './forum-changes';
import { commentChangeKinds } from './comment-changes';
import { uploadImageChange } from './image-changes';

type Kind = OutboxChange['kind'];
type ChangeOf<K extends Kind> = Extract<OutboxChange, { kind: K }>;

/** Every kind of change the outbox sends: a new kind is one entry here and one in `OutboxChange`. */
export const changeKinds = {
  'create-document': createDocumentChange,
  'rename-document': renameDocumentChange,
  'document-library': documentLibraryChange,
  ...forumChangeKinds,
  ...commentChangeKinds,
  'upload-image': uploadImageChange,
} satisfies { [K in Kind]: ChangeKind<ChangeOf<K>, unknown, unknown> };

/** What the server made for a change of kind `K`, as the person who made it is told. */
export type MadeBy<K extends Kind> = NonNullable<Awaited<ReturnType<(typeof changeKinds)[K]['recover']>>>;

/** The kind that handles `change`. */
export function kindOf<C extends OutboxChange>(change: C): ChangeKind<C, unknown, MadeBy<C['kind']>> {
  // TypeScript cannot tie the entry looked up to the change's own kind (a union indexed by a
  // union); the `satisfies` above is what guarantees that each entry takes its own kind.
  return changeKinds[change.kind] as unknown as ChangeKind<C, unknown, MadeBy<C['kind']>>;
}
