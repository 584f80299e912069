import type { FulfillmentScope, HealthMetricKey } from '@lifeline/api-contract';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchMetricOrders } from '../../api/account-health.api';
import { useOrganizationId } from '../auth/useMe';
import { accountHealthKeys } from './account-health.keys';

/** The orders behind one metric's numerator, newest purchase first ("Load more"). */
export function useMetricOrders(storeId: string, key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null) {
  const organizationId = useOrganizationId();
  return useInfiniteQuery({
    queryKey: accountHealthKeys.metricOrders(organizationId ?? '', storeId, key, fulfillmentChannel),
    queryFn: ({ pageParam }) => fetchMetricOrders(storeId, key, fulfillmentChannel, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
    enabled: organizationId !== undefined,
  });
}
