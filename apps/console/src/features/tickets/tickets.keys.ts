import type { TicketStatus } from '@lifeline/api-contract';

/**
 * What a ticket list shows. Only filters the console can also check against a `ticket.updated` payload,
 * so a socket event can tell whether a row still belongs in a cached list (see ticket-cache.ts).
 */
export interface TicketListFilter {
  queueId?: string;
  assigneeId?: string;
  unassigned?: boolean;
  language?: string;
  storeId?: string;
  statuses?: TicketStatus[];
}

/** Query keys for tickets, always under the organisation so a socket event can invalidate by prefix. */
export const ticketsKeys = {
  all: (organizationId: string) => ['org', organizationId, 'tickets'] as const,
  lists: (organizationId: string) => [...ticketsKeys.all(organizationId), 'list'] as const,
  list: (organizationId: string, filter: TicketListFilter) => [...ticketsKeys.lists(organizationId), filter] as const,
  details: (organizationId: string) => [...ticketsKeys.all(organizationId), 'detail'] as const,
  detail: (organizationId: string, ticketId: string) => [...ticketsKeys.details(organizationId), ticketId] as const,
  /** A template filled for one ticket: under the ticket, so whatever refreshes the ticket refreshes it too. */
  renderedTemplate: (organizationId: string, ticketId: string, templateId: string) =>
    [...ticketsKeys.detail(organizationId, ticketId), 'template', templateId] as const,
  templates: (organizationId: string) => ['org', organizationId, 'reply-templates'] as const,
};
