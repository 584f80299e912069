import type { ExecuteCompensationInput } from '@lifeline/api-contract';
import { executeCompensation } from '../../api/compensation.api';
import { useCompensationMutation, withoutTicketId } from './useCompensationMutation';

/** Marks an approved action carried out, with the marketplace's reference. */
export function useExecuteCompensation() {
  return useCompensationMutation((input: ExecuteCompensationInput & { ticketId: string }) => executeCompensation(withoutTicketId(input)), (input) => input.ticketId);
}
