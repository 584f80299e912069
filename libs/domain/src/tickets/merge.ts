/** What merging needs to know about a ticket. */
export interface MergeableTicket {
  id: string;
  organizationId: string;
  storeId: string;
  /** The buyer's address as received; Amazon relay addresses (…@marketplace.amazon.de) are per buyer and stable. */
  buyerEmail: string | null;
  /** Set once the ticket has been merged into another one. */
  mergedIntoTicketId: string | null;
}

export type TicketMergeRefusal =
  | 'SAME_TICKET'
  | 'DIFFERENT_ORGANIZATION'
  | 'DIFFERENT_STORE'
  | 'UNKNOWN_BUYER'
  | 'DIFFERENT_BUYER'
  | 'ALREADY_MERGED';

export type TicketMergeCheck = { ok: true } | { ok: false; reason: TicketMergeRefusal };

/**
 * A buyer e-mail address in the form tickets are compared by: the address inside "Name <…>" if present,
 * without a "mailto:" prefix, trimmed and lower-cased. Plus-tags and dots are kept: whether they are
 * significant depends on the provider, and merging two people's tickets is worse than missing a merge.
 */
export function normaliseBuyerEmail(address: string): string {
  const bracketed = /<([^<>]+)>/.exec(address);
  return (bracketed ? bracketed[1] : address).trim().replace(/^mailto:/i, '').toLowerCase();
}

/**
 * Whether ticket `b` may be merged into `a` (or the other way round): two different tickets, neither
 * already merged, of the same organisation and store, from the same buyer address.
 */
export function canMergeTickets(a: MergeableTicket, b: MergeableTicket): TicketMergeCheck {
  if (a.id === b.id) return { ok: false, reason: 'SAME_TICKET' };
  if (a.organizationId !== b.organizationId) return { ok: false, reason: 'DIFFERENT_ORGANIZATION' };
  if (a.mergedIntoTicketId !== null || b.mergedIntoTicketId !== null) return { ok: false, reason: 'ALREADY_MERGED' };
  if (a.storeId !== b.storeId) return { ok: false, reason: 'DIFFERENT_STORE' };
  const emailA = a.buyerEmail === null ? '' : normaliseBuyerEmail(a.buyerEmail);
  const emailB = b.buyerEmail === null ? '' : normaliseBuyerEmail(b.buyerEmail);
  if (emailA === '' || emailB === '') return { ok: false, reason: 'UNKNOWN_BUYER' };
  if (emailA !== emailB) return { ok: false, reason: 'DIFFERENT_BUYER' };
  return { ok: true };
}
