import { useQuery } from '@tanstack/react-query';
import { fetchTicketCompensation } from '../../api/compensation.api';
import { useOrganizationId } from '../auth/useMe';
import { compensationKeys } from './compensation.keys';

/** The compensation actions of a ticket, oldest first. */
export function useTicketCompensation(ticketId: string) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: compensationKeys.actions(organizationId ?? '', ticketId),
    queryFn: () => fetchTicketCompensation(ticketId),
    enabled: organizationId !== undefined,
  });
}
