import { useQuery } from '@tanstack/react-query';
import { fetchOrderRisk } from '../../api/risk.api';
import { useOrganizationId } from '../auth/useMe';
import { riskKeys } from './risk.keys';

/** One order's score and reasons (the ticket view); null when the order has not been scored. */
export function useOrderRisk(storeId: string | undefined, marketplaceOrderId: string | null | undefined) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: riskKeys.order(organizationId ?? '', storeId ?? '', marketplaceOrderId ?? ''),
    queryFn: () => fetchOrderRisk(storeId!, marketplaceOrderId!),
    enabled: organizationId !== undefined && !!storeId && !!marketplaceOrderId,
  });
}
