import type { MergeTicketsInput } from '@lifeline/api-contract';
import { mergeTickets } from '../../api/tickets.api';
import { useTicketMutation } from './useTicketMutation';

/** Merges the source ticket into the target (same buyer); answers with the surviving target. */
export function useMergeTickets() {
  return useTicketMutation(
    (input: MergeTicketsInput) => mergeTickets(input),
    (input) => [input.sourceTicketId, input.targetTicketId],
  );
}
