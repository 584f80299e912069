import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchCompensationHeadroom } from '../../api/compensation.api';
import { useOrganizationId } from '../auth/useMe';
import { compensationKeys } from './compensation.keys';

/** The limit hint for a ticket's order in a currency (null: the order's own currency). */
export function useCompensationHeadroom(ticketId: string, currency: string | null) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: compensationKeys.headroom(organizationId ?? '', ticketId, currency),
    queryFn: () => fetchCompensationHeadroom(ticketId, currency),
    enabled: organizationId !== undefined && (currency === null || /^[A-Z]{3}$/.test(currency)),
    placeholderData: keepPreviousData,
  });
}
