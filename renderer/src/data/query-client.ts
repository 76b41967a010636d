import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for everything the window asks its host. The host already answers from the
 * device when the server is out of reach (`fromCache`), and retries its own sends (the
 * outbox), so the window never retries a query itself, and always asks, online or not.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, networkMode: 'always', staleTime: 5_000, refetchOnWindowFocus: true },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
