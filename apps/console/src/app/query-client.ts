import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { sessionStore } from '../api/session-store';

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Socket events keep the cache fresh; refetching on every tab switch would only add load.
        refetchOnWindowFocus: false,
        // Retrying cannot fix a refused or invalid request, only a flaky network or a busy server.
        retry: (failureCount, error) =>
          failureCount < 2 && (isApiError(error, 'NETWORK_ERROR') || isApiError(error, 'INTERNAL')),
      },
      mutations: { retry: false },
    },
  });
  // A session that ends for any reason takes its data with it: the next user must not see it.
  sessionStore.subscribe(() => {
    if (!sessionStore.get()) queryClient.clear();
  });
  return queryClient;
}
