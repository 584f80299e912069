import type { EditCompensationInput } from '@lifeline/api-contract';
import { editCompensation } from '../../api/compensation.api';
import { useCompensationMutation, withoutTicketId } from './useCompensationMutation';

/** Changes a request still waiting for approval (the limit is checked again). */
export function useEditCompensation() {
  return useCompensationMutation((input: EditCompensationInput & { ticketId: string }) => editCompensation(withoutTicketId(input)), (input) => input.ticketId);
}
