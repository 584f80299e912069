import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error';
import type { TicketListItem } from '../../api/tickets.api';
import { useOrganizationId } from '../auth/useMe';
import { queuesKeys } from '../queues/queues.keys';
import { applyChangedTicket } from './ticket-cache';
import { ticketsKeys } from './tickets.keys';

/**
 * The shape every versioned ticket change shares. Success: the returned ticket (new version) goes into the
 * cache at once, then the ticket and the counts refetch. CONFLICT (someone changed the ticket since we read
 * it): the ticket refetches so the screen shows the current state and the next try sends its version.
 */
export function useTicketMutation<TInput>(mutate: (input: TInput) => Promise<TicketListItem>, ticketIdsOf: (input: TInput) => Array<string | number>) {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (ticket) => {
      if (!organizationId) return;
      applyChangedTicket(queryClient, organizationId, ticket);
      void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(organizationId, ticket.id) });
      void queryClient.invalidateQueries({ queryKey: queuesKeys.all(organizationId) });
    },
    onError: (error, input) => {
      if (!organizationId || !isApiError(error, 'CONFLICT')) return;
      for (const ticketId of ticketIdsOf(input)) {
        void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(organizationId, String(ticketId)) });
      }
    },
  });
}
