import type { ReviewCompensationInput } from '@lifeline/api-contract';
import { markCompensationFailed } from '../../api/compensation.api';
import { useCompensationMutation, withoutTicketId } from './useCompensationMutation';

/** An approved action that could not be carried out, with the reason. */
export function useMarkCompensationFailed() {
  return useCompensationMutation((input: ReviewCompensationInput & { ticketId: string }) => markCompensationFailed(withoutTicketId(input)), (input) => input.ticketId);
}
