import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchCompensationApprovals } from '../../api/compensation.api';
import { useOrganizationId } from '../auth/useMe';
import { compensationKeys } from './compensation.keys';

const PAGE = 50;

/** The approval inbox, nearest approval deadline first, a page at a time (keyset cursors). */
export function useCompensationApprovals(storeId: string | null, enabled = true) {
  const organizationId = useOrganizationId();
  return useInfiniteQuery({
    queryKey: compensationKeys.approvalsOf(organizationId ?? '', storeId),
    queryFn: ({ pageParam }) => fetchCompensationApprovals(storeId, PAGE, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
    enabled: enabled && organizationId !== undefined,
  });
}
