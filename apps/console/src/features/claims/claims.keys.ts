import type { ClaimFilterInput } from '@lifeline/api-contract';

/** Query keys for claims and feedback, under the organisation so a socket event can invalidate by prefix. */
export const claimsKeys = {
  all: (organizationId: string) => ['org', organizationId, 'claims'] as const,
  lists: (organizationId: string) => [...claimsKeys.all(organizationId), 'list'] as const,
  list: (organizationId: string, filter: ClaimFilterInput) => [...claimsKeys.lists(organizationId), filter] as const,
  /** The claim a ticket works (the ticket view's panel). */
  ofTicket: (organizationId: string, ticketId: string) => [...claimsKeys.all(organizationId), 'ticket', ticketId] as const,
};

export const feedbackKeys = {
  all: (organizationId: string) => ['org', organizationId, 'feedback'] as const,
  ofTicket: (organizationId: string, ticketId: string) => [...feedbackKeys.all(organizationId), 'ticket', ticketId] as const,
};
