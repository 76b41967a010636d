import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for everything the window asks its host. The host already answers from the
 * device when the server is out of reach (`fromCache`), and retries its own sends (the
 * outbox), so the window never retries a query itself, and always asks, online or not.
 * A screen asks again each time it opens (what it had shows meanwhile): the host is next door,
 * and the answer says whether the server could be reached just now.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, networkMode: 'always', staleTime: 0, refetchOnWindowFocus: true },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
