import type { AddTicketNoteInput } from '@lifeline/api-contract';
import { addTicketNote } from '../../api/tickets.api';
import { useTicketMutation } from './useTicketMutation';

/** Adds an internal note, never shown to the buyer. */
export function useAddTicketNote() {
  return useTicketMutation((input: AddTicketNoteInput) => addTicketNote(input), (input) => [input.ticketId]);
}
