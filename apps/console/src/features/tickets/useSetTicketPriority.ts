import type { SetTicketPriorityInput } from '@lifeline/api-contract';
import { setTicketPriority } from '../../api/tickets.api';
import { useTicketMutation } from './useTicketMutation';

/** Changes the ticket's priority (and so its place in the queue). */
export function useSetTicketPriority() {
  return useTicketMutation((input: SetTicketPriorityInput) => setTicketPriority(input), (input) => [input.ticketId]);
}
