import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClaimDetail } from '../../api/claims.api';
import { useOrganizationId } from '../auth/useMe';
import { accountHealthKeys } from '../account-health/account-health.keys';
import { ticketsKeys } from '../tickets/tickets.keys';
import { claimsKeys } from './claims.keys';

/**
 * A versioned claim change: on success (or on CONFLICT, to show what changed meanwhile) the board, the
 * claim panels, the ticket's timeline and the store's health refetch by prefix.
 */
export function useClaimMutation<TInput>(mutate: (input: TInput) => Promise<ClaimDetail>) {
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const refresh = (claim?: ClaimDetail) => {
    if (!organizationId) return;
    void queryClient.invalidateQueries({ queryKey: claimsKeys.all(organizationId) });
    if (claim?.ticketId) void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(organizationId, claim.ticketId), exact: true });
    if (claim) void queryClient.invalidateQueries({ queryKey: accountHealthKeys.store(organizationId, claim.storeId) });
  };
  return useMutation({ mutationFn: mutate, onSuccess: (claim) => refresh(claim), onError: () => refresh() });
}
