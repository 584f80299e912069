import type { SetTicketLanguageInput } from '@lifeline/api-contract';
import { setTicketLanguage } from '../../api/tickets.api';
import { useTicketMutation } from './useTicketMutation';

/** Corrects the detected language; the ticket may move to another queue and agent. */
export function useSetTicketLanguage() {
  return useTicketMutation((input: SetTicketLanguageInput) => setTicketLanguage(input), (input) => [input.ticketId]);
}
