import type { SetTicketStatusInput } from '@lifeline/api-contract';
import { setTicketStatus } from '../../api/tickets.api';
import { useTicketMutation } from './useTicketMutation';

/** Moves the ticket to another status. */
export function useSetTicketStatus() {
  return useTicketMutation((input: SetTicketStatusInput) => setTicketStatus(input), (input) => [input.ticketId]);
}
