import { useQuery } from '@tanstack/react-query';
import { fetchTicketClaim } from '../../api/claims.api';
import { useOrganizationId } from '../auth/useMe';
import { claimsKeys } from './claims.keys';

/** The claim a ticket works, with its evidence and history; null for tickets without one. */
export function useTicketClaim(ticketId: string, enabled = true) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: claimsKeys.ofTicket(organizationId ?? '', ticketId),
    queryFn: () => fetchTicketClaim(ticketId),
    enabled: enabled && organizationId !== undefined,
  });
}
