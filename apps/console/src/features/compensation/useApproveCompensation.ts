import type { ReviewCompensationInput } from '@lifeline/api-contract';
import { approveCompensation } from '../../api/compensation.api';
import { useCompensationMutation, withoutTicketId } from './useCompensationMutation';

/** A supervisor approves a waiting request, with a reason. */
export function useApproveCompensation() {
  return useCompensationMutation((input: ReviewCompensationInput & { ticketId: string }) => approveCompensation(withoutTicketId(input)), (input) => input.ticketId);
}
