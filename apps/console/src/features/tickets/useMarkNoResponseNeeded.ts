import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MarkMessageNoResponseNeededInput } from '@lifeline/api-contract';
import { isApiError } from '../../api/api-error';
import { markMessageNoResponseNeeded } from '../../api/sla.api';
import { useOrganizationId } from '../auth/useMe';
import { queuesKeys } from '../queues/queues.keys';
import { ticketsKeys } from './tickets.keys';

/**
 * Marks a buyer message as needing no answer (its response clock stops). The payload is a partial ticket,
 * so the ticket and the lists (whose countdowns change) refetch; a CONFLICT refetches the ticket too.
 */
export function useMarkNoResponseNeeded(ticketId: string) {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId() ?? '';
  return useMutation({
    mutationFn: (input: MarkMessageNoResponseNeededInput) => markMessageNoResponseNeeded(input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(organizationId, ticketId), exact: true });
      void queryClient.invalidateQueries({ queryKey: ticketsKeys.lists(organizationId) });
      void queryClient.invalidateQueries({ queryKey: queuesKeys.all(organizationId) });
    },
    onError: (error) => {
      if (isApiError(error, 'CONFLICT')) void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(organizationId, ticketId), exact: true });
    },
  });
}
