import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchHealthAlerts } from '../../api/account-health.api';
import { useOrganizationId } from '../auth/useMe';
import { accountHealthKeys } from './account-health.keys';

/** A store's alert history, newest first, a keyset page at a time. */
export function useHealthAlerts(storeId: string | undefined) {
  const organizationId = useOrganizationId();
  return useInfiniteQuery({
    queryKey: accountHealthKeys.alerts(organizationId ?? '', storeId ?? ''),
    queryFn: ({ pageParam }) => fetchHealthAlerts(storeId!, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
    enabled: organizationId !== undefined && storeId !== undefined,
  });
}
