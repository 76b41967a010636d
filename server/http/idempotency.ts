import type { MiddlewareHandler } from 'hono';
import { IDEMPOTENCY_KEY_HEADER } from '../../shared/api/schemas';
import { ChangeKey } from '../../shared/ids';
import type { DirectoryFile } from '../accounts/directory-file';
import { requestFingerprint, type Receipts } from '../accounts/receipts';
import { MAX_RECEIPT_ANSWER_CHARS, type StoredReceipt } from '../accounts/schema';
import { fail, type Env } from './respond';

export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * A change sent with an Idempotency-Key is made once per key and person. The receipt goes to
 * disk in the same write as the change (DirectoryFile.withReceipt), and the first answer
 * beside it before that answer is sent. Sent again, the change is not made again: the first
 * answer is replayed; while the first sending is still being handled, `request_in_progress`;
 * if the server stopped between making the change and keeping its answer, `already_done`.
 * A request that changed nothing (refused, or the disk said no) leaves no receipt, so sending
 * it again tries again. Runs after sign-in: keys are per person.
 */
export function idempotentChanges(file: DirectoryFile, receipts: Receipts): MiddlewareHandler<Env> {
  const underway = new Set<string>();
  return async (c, next) => {
    const header = c.req.header(IDEMPOTENCY_KEY_HEADER);
    if (header === undefined || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const key = ChangeKey.safeParse(header);
    if (!key.success)
      return fail(c, 'invalid_request', `${IDEMPOTENCY_KEY_HEADER} must be 16 to 64 letters, digits, "-" or "_".`);
    const userId = c.get('user').id;
    // The body is read once here and kept by the request for the route (readWholeBody has already bounded it).
    const body = await c.req.text().catch(() => '');
    const fingerprint = requestFingerprint(c.req.method, c.req.path, body);
    const slot = `${userId}\n${key.data}`;

    const earlier = receipts.find(userId, key.data);
    if (earlier) {
      if (earlier.request !== fingerprint)
        return fail(c, 'invalid_request', `This ${IDEMPOTENCY_KEY_HEADER} was already used for a different request.`);
      if (!earlier.answer)
        return fail(
          c,
          'already_done',
          'This change was made when it was first sent; its answer was lost. Load it again to see it.',
        );
      const { status, body: answered } = earlier.answer;
      // A 204 (a removal) has no body, and a Response for it may not be given one.
      if (status === 204) return new Response(null, { status, headers: { [REPLAYED_HEADER]: 'true' } });
      return new Response(answered, {
        status,
        headers: { 'Content-Type': 'application/json', [REPLAYED_HEADER]: 'true' },
      });
    }
    if (underway.has(slot))
      return fail(c, 'request_in_progress', 'This change is still being handled; send it again in a moment.');

    underway.add(slot);
    try {
      const receipt: StoredReceipt = {
        userId,
        key: key.data,
        request: fingerprint,
        at: new Date().toISOString(),
        answer: null,
      };
      const held = await file.withReceipt(receipt, next);
      const { status } = c.res;
      // Not made (refused, or not saved): no receipt, so it can be sent again.
      if (!held.saved && (status < 200 || status >= 300)) return;
      const text = await c.res.clone().text();
      await receipts
        .keepAnswer(held, text.length <= MAX_RECEIPT_ANSWER_CHARS ? { status, body: text } : null)
        .catch(() => {
          // Logged by the file. The change stands (and its receipt, if it was saved with it); only the replay is lost.
        });
    } finally {
      underway.delete(slot);
    }
  };
}
