import { useQuery } from '@tanstack/react-query';
import { fetchAccountHealth, fetchAccountHealthForecast } from '../../api/account-health.api';
import { useOrganizationId } from '../auth/useMe';
import { accountHealthKeys } from './account-health.keys';

/** Every metric of one store against its lines; refreshed by `health.changed` for the store. */
export function useAccountHealth(storeId: string | undefined) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: accountHealthKeys.metrics(organizationId ?? '', storeId ?? ''),
    queryFn: () => fetchAccountHealth(storeId!),
    enabled: organizationId !== undefined && storeId !== undefined,
  });
}

/** ODR in 7 and 14 days at the recent pace. */
export function useAccountHealthForecast(storeId: string | undefined) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: accountHealthKeys.forecast(organizationId ?? '', storeId ?? ''),
    queryFn: () => fetchAccountHealthForecast(storeId!),
    enabled: organizationId !== undefined && storeId !== undefined,
  });
}
