import type { z } from 'zod';
import { ApiError, IDEMPOTENCY_KEY_HEADER, type ErrorCode } from '../../../shared/api/schemas';
import type { Result } from '../../../shared/ipc/contract';

export type ApiClientOptions = { timeoutMs?: number; fetch?: typeof fetch };
/** `changeKey`: the change is made once however often it is sent (its outbox entry's id). */
export type RequestInit = { token?: string; body?: unknown; changeKey?: string };

/** Calls to one server: `json` validates the answer with `schema`; `empty` expects no body (204). */
export type ApiRequest = {
  json<T extends z.ZodType>(method: string, route: string, schema: T, init?: RequestInit): Promise<Result<z.output<T>>>;
  empty(method: string, route: string, init?: RequestInit): Promise<Result<null>>;
};

/** Turns a base URL into a canonical form (no trailing slash, no query) so entries compare equal. */
export function normaliseServerUrl(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString().replace(/\/$/, '');
}

// A proxy or load balancer answering for a server that is down is the same as no answer.
const GATEWAY_STATUSES = new Set([502, 503, 504]);

function refusalCode(status: number, json: unknown): ErrorCode {
  const refusal = ApiError.safeParse(json);
  if (refusal.success) return refusal.data.error;
  if (GATEWAY_STATUSES.has(status)) return 'unreachable';
  return status === 401 ? 'unauthorized' : 'internal';
}

/**
 * Network failure or timeout is `unreachable`; a refusal carries the server's own code; an
 * answer that does not match the shared schema is `internal`, never passed on half-checked.
 */
export function createRequester(base: string, options: ApiClientOptions = {}): ApiRequest {
  const timeoutMs = options.timeoutMs ?? 8_000;
  const doFetch = options.fetch ?? fetch;
  async function send(
    method: string,
    route: string,
    schema: z.ZodType | null,
    init: RequestInit,
  ): Promise<Result<unknown>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.changeKey) headers[IDEMPOTENCY_KEY_HEADER] = init.changeKey;
    let response: Response;
    try {
      response = await doFetch(base + route, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch {
      return { ok: false, error: 'unreachable' };
    }
    let json: unknown = null;
    try {
      json = response.status === 204 ? null : await response.json();
    } catch {
      json = null;
    }
    if (!response.ok) return { ok: false, error: refusalCode(response.status, json) };
    if (!schema) return { ok: true, value: null };
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'internal' };
  }
  return {
    // The schema checked the value, so its type is the schema's output.
    json: <T extends z.ZodType>(method: string, route: string, schema: T, init: RequestInit = {}) =>
      send(method, route, schema, init) as Promise<Result<z.output<T>>>,
    empty: (method, route, init = {}) => send(method, route, null, init) as Promise<Result<null>>,
  };
}

/** The part of an answer a caller wants, failures passed through unchanged. */
export function pick<T, K extends keyof T>(answer: Result<T>, key: K): Result<T[K]> {
  return answer.ok ? { ok: true, value: answer.value[key] } : answer;
}
