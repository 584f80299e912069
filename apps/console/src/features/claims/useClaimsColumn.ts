import { useInfiniteQuery } from '@tanstack/react-query';
import type { ClaimCaseStatus, ClaimFilterInput } from '@lifeline/api-contract';
import { fetchClaims } from '../../api/claims.api';
import { useOrganizationId } from '../auth/useMe';
import { claimsKeys } from './claims.keys';

/** One column of the claims board: the claims in a case status, nearest deadline first; `claim.changed` refetches it. */
export function useClaimsColumn(status: ClaimCaseStatus, storeId?: string) {
  const organizationId = useOrganizationId();
  const filter: ClaimFilterInput = { status, ...(storeId ? { storeId } : {}) };
  return useInfiniteQuery({
    queryKey: claimsKeys.list(organizationId ?? '', filter),
    queryFn: ({ pageParam }) => fetchClaims(filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
    enabled: organizationId !== undefined,
  });
}
