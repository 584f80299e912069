import type { FulfillmentScope, HealthMetricKey } from '@lifeline/api-contract';
import { useQuery } from '@tanstack/react-query';
import { fetchAccountHealthTrend } from '../../api/account-health.api';
import { useOrganizationId } from '../auth/useMe';
import { accountHealthKeys } from './account-health.keys';

const DAY_MS = 86_400_000;

/** One metric's daily snapshots over the last `days` days, today included. */
export function useAccountHealthTrend(storeId: string, key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null, days = 90) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: accountHealthKeys.trend(organizationId ?? '', storeId, key, fulfillmentChannel, days),
    queryFn: () => {
      const to = new Date();
      const from = new Date(to.getTime() - days * DAY_MS);
      return fetchAccountHealthTrend(storeId, key, fulfillmentChannel, from.toISOString(), to.toISOString());
    },
    enabled: organizationId !== undefined,
  });
}
