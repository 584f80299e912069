import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CompensationAction } from '../../api/compensation.api';
import { useOrganizationId } from '../auth/useMe';
import { ticketsKeys } from '../tickets/tickets.keys';
import { compensationKeys } from './compensation.keys';

/**
 * The shape every compensation change shares: afterwards (success, or a refusal such as CONFLICT) the
 * ticket's actions and hints, the approval inbox, the report and the ticket's timeline refetch.
 */
export function useCompensationMutation<TInput>(mutate: (input: TInput) => Promise<CompensationAction>, ticketIdOf: (input: TInput) => string) {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  return useMutation({
    mutationFn: mutate,
    onSettled: (_data, _error, input) => {
      if (!organizationId) return;
      const ticketId = ticketIdOf(input);
      void queryClient.invalidateQueries({ queryKey: compensationKeys.ticket(organizationId, ticketId) });
      void queryClient.invalidateQueries({ queryKey: compensationKeys.approvals(organizationId) });
      void queryClient.invalidateQueries({ queryKey: compensationKeys.reports(organizationId) });
      void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(organizationId, ticketId), exact: true });
    },
  });
}

/** The API input without the ticket id the console keeps beside it (to know which ticket to refresh). */
export function withoutTicketId<T extends { ticketId: string }>(input: T): Omit<T, 'ticketId'> {
  const rest: Partial<T> = { ...input };
  delete rest.ticketId;
  return rest as Omit<T, 'ticketId'>;
}
