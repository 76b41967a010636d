import type { ForumChangeAnswer } from '../../shared/api/forum';
import type { ErrorCode } from '../../shared/api/schemas';

/**
 * What a forum action did: the answer (201 for a creation, 200 for anything else; `replayed`
 * when the same key and request had already made it), or why it was refused. The routes turn
 * it into a Response; demo seeding and benchmarks read it directly.
 */
export type ForumResult =
  | { ok: true; status: 200 | 201; answer: ForumChangeAnswer; replayed: boolean }
  | { ok: false; error: ErrorCode; message: string };

export type Refusal = Extract<ForumResult, { ok: false }>;

export const refuse = (error: ErrorCode, message: string): Refusal => ({ ok: false, error, message });

export function done(
  answer: Partial<ForumChangeAnswer> & { spaceId: string },
  options: { created?: boolean; replayed?: boolean } = {},
): ForumResult {
  return {
    ok: true,
    status: options.created ? 201 : 200,
    replayed: options.replayed ?? false,
    answer: { categoryId: null, threadId: null, postId: null, ...answer },
  };
}
