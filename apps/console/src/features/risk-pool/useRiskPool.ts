import { useInfiniteQuery } from '@tanstack/react-query';
import type { RiskPoolFilterInput } from '@lifeline/api-contract';
import { fetchRiskPool } from '../../api/risk.api';
import { useOrganizationId } from '../auth/useMe';
import { riskKeys } from './risk.keys';

/** The high-risk pool in pool order, a keyset page at a time ("Load more"); socket events keep it live. */
export function useRiskPool(filter: RiskPoolFilterInput) {
  const organizationId = useOrganizationId();
  return useInfiniteQuery({
    queryKey: riskKeys.pool(organizationId ?? '', filter),
    queryFn: ({ pageParam }) => fetchRiskPool(filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
    enabled: organizationId !== undefined,
  });
}
