import type { RecordCompensationOutcomeInput } from '@lifeline/api-contract';
import { recordCompensationOutcome } from '../../api/compensation.api';
import { useCompensationMutation, withoutTicketId } from './useCompensationMutation';

/** What an executed action achieved (counted in the compensation report). */
export function useRecordCompensationOutcome() {
  return useCompensationMutation((input: RecordCompensationOutcomeInput & { ticketId: string }) => recordCompensationOutcome(withoutTicketId(input)), (input) => input.ticketId);
}
