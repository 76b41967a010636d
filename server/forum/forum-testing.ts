import { randomBytes } from 'node:crypto';
import { ApiRoutes, IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { plainPostBody } from '../../shared/forum/post-body';

/** Test helpers for the forum over real HTTP: requests with an Idempotency-Key, and fresh client ids. */

export const newId = (prefix: string) => `${prefix}${randomBytes(6).toString('hex')}`;
export const newKey = () => `key_${randomBytes(12).toString('hex')}`;

export type Answer = { status: number; body: Record<string, unknown> | null; replayed: boolean };

/** A fetch signed in as `token`, with `key` as the Idempotency-Key when given. */
export function forumAs(url: string, token: string) {
  return async (method: string, path: string, body?: unknown, key?: string): Promise<Answer> => {
    const response = await fetch(url + path, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        ...(key ? { [IDEMPOTENCY_KEY_HEADER]: key } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
      replayed: response.headers.get('Idempotent-Replayed') === 'true',
    };
  };
}

export const categoryRequest = (categoryId = newId('cat_')) => ({ categoryId, name: `Category ${categoryId}` });

export const threadRequest = (categoryId: string, text = 'The first post') => ({
  threadId: newId('thr_'),
  postId: newId('pst_'),
  categoryId,
  title: `Thread about ${text}`,
  body: plainPostBody(text),
});

export const replyRequest = (text = 'A reply', replyTo: string | null = null) => ({
  postId: newId('pst_'),
  body: plainPostBody(text),
  replyTo,
});

export const routes = ApiRoutes;
