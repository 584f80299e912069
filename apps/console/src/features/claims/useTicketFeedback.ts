import { useQuery } from '@tanstack/react-query';
import { fetchTicketFeedback } from '../../api/claims.api';
import { useOrganizationId } from '../auth/useMe';
import { feedbackKeys } from './claims.keys';

/** The seller feedback a NEGATIVE_FEEDBACK ticket works, with the removal grounds that may apply. */
export function useTicketFeedback(ticketId: string, enabled = true) {
  const organizationId = useOrganizationId();
  return useQuery({
    queryKey: feedbackKeys.ofTicket(organizationId ?? '', ticketId),
    queryFn: () => fetchTicketFeedback(ticketId),
    enabled: enabled && organizationId !== undefined,
  });
}
