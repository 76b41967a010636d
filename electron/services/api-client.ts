import type { z } from 'zod';
import {
  ApiError,
  ApiRoutes,
  DocumentListResponse,
  DocumentResponse,
  LoginResponse,
  MeResponse,
  type DocumentMeta,
  type ErrorCode,
} from '../../shared/api/schemas';
import type { Result } from '../../shared/ipc/contract';

export type ApiClientOptions = { timeoutMs?: number; fetch?: typeof fetch };

/** Turns a base URL into a canonical form (no trailing slash, no query) so entries compare equal. */
export function normaliseServerUrl(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString().replace(/\/$/, '');
}

/**
 * Client of our server's HTTP API. Every answer is validated with the shared schemas; a
 * network failure or timeout is `unreachable`, a server refusal carries the server's code.
 */
export function createApiClient(baseUrl: string, options: ApiClientOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 8_000;
  const doFetch = options.fetch ?? fetch;
  const base = normaliseServerUrl(baseUrl);

  async function request<T extends z.ZodType>(
    method: string,
    route: string,
    schema: T | null,
    init: { token?: string; body?: unknown } = {},
  ): Promise<Result<z.output<T>>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
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
    if (!response.ok) {
      const refusal = ApiError.safeParse(json);
      const error: ErrorCode = refusal.success ? refusal.data.error : response.status === 401 ? 'unauthorized' : 'internal';
      return { ok: false, error };
    }
    if (!schema) return { ok: true, value: undefined as z.output<T> };
    const parsed = schema.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'internal' };
  }

  return {
    url: base,
    login: (email: string, password: string) => request('POST', ApiRoutes.session, LoginResponse, { body: { email, password } }),
    logout: (token: string) => request('DELETE', ApiRoutes.session, null, { token }),
    me: (token: string) => request('GET', ApiRoutes.me, MeResponse, { token }),
    listDocuments: async (token: string): Promise<Result<DocumentMeta[]>> => {
      const answer = await request('GET', ApiRoutes.documents, DocumentListResponse, { token });
      return answer.ok ? { ok: true, value: answer.value.documents } : answer;
    },
    createDocument: async (token: string, title: string): Promise<Result<DocumentMeta>> => {
      const answer = await request('POST', ApiRoutes.documents, DocumentResponse, { token, body: { title } });
      return answer.ok ? { ok: true, value: answer.value.document } : answer;
    },
    renameDocument: async (token: string, id: string, title: string): Promise<Result<DocumentMeta>> => {
      const answer = await request('PATCH', ApiRoutes.document(id), DocumentResponse, { token, body: { title } });
      return answer.ok ? { ok: true, value: answer.value.document } : answer;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
