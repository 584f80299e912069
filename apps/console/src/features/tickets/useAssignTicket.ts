import type { AssignTicketInput } from '@lifeline/api-contract';
import { assignTicket } from '../../api/tickets.api';
import { useTicketMutation } from './useTicketMutation';

/** Assigns the ticket (supervisors), or takes it / gives it back (agents). */
export function useAssignTicket() {
  return useTicketMutation((input: AssignTicketInput) => assignTicket(input), (input) => [input.ticketId]);
}
