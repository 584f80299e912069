import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchTickets } from '../../api/tickets.api';
import { useOrganizationId } from '../auth/useMe';
import { ticketsKeys, type TicketListFilter } from './tickets.keys';

/** A ticket list in urgency order, a keyset page at a time ("Load more"). */
export function useTickets(filter: TicketListFilter, options: { enabled?: boolean } = {}) {
  const organizationId = useOrganizationId();
  return useInfiniteQuery({
    queryKey: ticketsKeys.list(organizationId ?? '', filter),
    queryFn: ({ pageParam }) => fetchTickets(filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.hasNextPage ? page.endCursor : undefined),
    enabled: organizationId !== undefined && options.enabled !== false,
  });
}
