import type { TicketPriority, TicketStatus } from '@lifeline/api-contract';

/**
 * Languages a ticket can be corrected to: the API accepts exactly these (SUPPORTED_LANGUAGES in
 * libs/domain/src/marketplaces.ts, not imported here because the domain index pulls in the detector).
 */
export const TICKET_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'ja', 'zh', 'nl', 'pl', 'sv'] as const;

export const TICKET_STATUSES: readonly TicketStatus[] = ['NEW', 'OPEN', 'WAITING_ON_BUYER', 'RESOLVED', 'CLOSED'];
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
/** Where a reply can leave the ticket; the API defaults to waiting for the buyer. */
export const STATUSES_AFTER_REPLY: readonly TicketStatus[] = ['WAITING_ON_BUYER', 'OPEN', 'RESOLVED'];
