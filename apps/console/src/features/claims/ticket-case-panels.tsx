import type { TicketDetail } from '../../api/tickets.api';
import { ClaimPanel } from './claim-panel';
import { FeedbackPanel } from './feedback-panel';

/** The case a ticket works beside the conversation: its claim (A-to-z, chargeback) or its negative feedback. */
export function TicketCasePanels({ ticket }: { ticket: Pick<TicketDetail, 'id' | 'channel'> }) {
  if (ticket.channel === 'A_TO_Z_CLAIM' || ticket.channel === 'CHARGEBACK') return <ClaimPanel ticketId={ticket.id} />;
  if (ticket.channel === 'NEGATIVE_FEEDBACK') return <FeedbackPanel ticketId={ticket.id} />;
  return null;
}
