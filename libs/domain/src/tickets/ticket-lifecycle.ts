/** Where a ticket came from. Buyer messages arrive by e-mail relay; the rest from reports or the SP-API. */
export const TICKET_CHANNELS = [
  'BUYER_MESSAGE',
  'A_TO_Z_CLAIM',
  'CHARGEBACK',
  'NEGATIVE_FEEDBACK',
  'RETURN_REQUEST',
  'ACCOUNT_HEALTH_NOTICE',
] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const TICKET_STATUSES = ['NEW', 'OPEN', 'WAITING_ON_BUYER', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/**
 * Statuses in which a ticket is still a case: it counts towards an agent's open tickets, blocks the 30-day
 * PII purge ("unless a case is still open", DOMAIN.md decisions) and shows in work queues. WAITING_ON_BUYER
 * is open: the seller still owns the outcome and the buyer's answer lands back on the same agent.
 * RESOLVED is not open: the agent is done, though the buyer may still reopen it by writing again.
 */
export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = ['NEW', 'OPEN', 'WAITING_ON_BUYER'];

export function isOpenTicketStatus(status: TicketStatus): boolean {
  return OPEN_TICKET_STATUSES.includes(status);
}

/**
 * Allowed status changes. NEW is only ever the first status. Any open status may be resolved or closed
 * directly (spam, duplicates, "no response needed"). RESOLVED and CLOSED reopen to OPEN when the buyer
 * writes again or an agent reopens; RESOLVED may also be closed (the quiet period after resolution ends).
 * Staying in the same status is not a transition.
 */
const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  NEW: ['OPEN', 'WAITING_ON_BUYER', 'RESOLVED', 'CLOSED'],
  OPEN: ['WAITING_ON_BUYER', 'RESOLVED', 'CLOSED'],
  WAITING_ON_BUYER: ['OPEN', 'RESOLVED', 'CLOSED'],
  RESOLVED: ['OPEN', 'CLOSED'],
  CLOSED: ['OPEN'],
};

export function canTransitionTicket(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a ticket in `from` may move to, in TICKET_STATUSES order (for the console's status menu). */
export function nextTicketStatuses(from: TicketStatus): TicketStatus[] {
  return TICKET_STATUSES.filter((to) => canTransitionTicket(from, to));
}
