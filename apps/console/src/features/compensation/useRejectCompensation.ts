import type { ReviewCompensationInput } from '@lifeline/api-contract';
import { rejectCompensation } from '../../api/compensation.api';
import { useCompensationMutation, withoutTicketId } from './useCompensationMutation';

/** A supervisor rejects a waiting request, with a reason. */
export function useRejectCompensation() {
  return useCompensationMutation((input: ReviewCompensationInput & { ticketId: string }) => rejectCompensation(withoutTicketId(input)), (input) => input.ticketId);
}
