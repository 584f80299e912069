import type { ReplyToTicketInput } from '@lifeline/api-contract';
import { replyToTicket } from '../../api/tickets.api';
import { useTicketMutation } from './useTicketMutation';

/** Replies to the buyer; the ticket moves to the chosen status (WAITING_ON_BUYER by default). */
export function useReplyToTicket() {
  return useTicketMutation((input: ReplyToTicketInput) => replyToTicket(input), (input) => [input.ticketId]);
}
