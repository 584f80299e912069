import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SellerFeedback } from '../../api/claims.api';
import { useOrganizationId } from '../auth/useMe';
import { accountHealthKeys } from '../account-health/account-health.keys';
import { ticketsKeys } from '../tickets/tickets.keys';
import { feedbackKeys } from './claims.keys';

/** A versioned feedback change: the panels, the ticket's timeline and the store's health refetch by prefix. */
export function useFeedbackMutation<TInput>(mutate: (input: TInput) => Promise<SellerFeedback>) {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const refresh = (f?: SellerFeedback) => {
    if (!organizationId) return;
    void queryClient.invalidateQueries({ queryKey: feedbackKeys.all(organizationId) });
    if (f?.ticketId) void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(organizationId, f.ticketId), exact: true });
    if (f) void queryClient.invalidateQueries({ queryKey: accountHealthKeys.store(organizationId, f.storeId) });
  };
  return useMutation({ mutationFn: mutate, onSuccess: (f) => refresh(f), onError: () => refresh() });
}
