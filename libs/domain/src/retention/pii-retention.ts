/*
 * Buyer PII retention (DOMAIN.md §5 and "Lifeline's decisions"): name, e-mail, address, phone and message
 * bodies are purged or redacted 30 days after delivery — the latest delivery date when no delivery was
 * recorded — unless a case on the order is still open. Metrics keep only counts, timestamps and flags.
 */
import { DAY_MS, type EpochMs } from '../health/metric';

/** DOMAIN.md §5: "PII no longer than 30 days after order delivery". */
export const DEFAULT_PII_RETENTION_DAYS = 30;

/** What replaces a purged message body or subject, so the timeline still shows that a message was there. */
export const PII_REDACTED_TEXT = '[removed: buyer data is kept 30 days after delivery]';

export interface OrderRetentionFacts {
  deliveredAt: EpochMs | null;
  /** `LatestDeliveryDate`: the fallback when no delivery was recorded (DOMAIN.md §5). */
  latestDeliveryAt: EpochMs | null;
  /** A cancelled order is never delivered: its clock starts at the cancellation. */
  cancelledAt: EpochMs | null;
}

/**
 * When the order's buyer data may go: delivery (else latest delivery date, else cancellation) plus the
 * retention days. null when none of those dates is known yet — the order is still on its way.
 */
export function orderPiiPurgeAt(order: OrderRetentionFacts, retentionDays = DEFAULT_PII_RETENTION_DAYS): EpochMs | null {
  const from = order.deliveredAt ?? order.latestDeliveryAt ?? order.cancelledAt;
  return from === null ? null : from + retentionDays * DAY_MS;
}

export interface TicketRetentionFacts {
  /** Resolved or closed: an open ticket is an open case. */
  open: boolean;
  lastMessageAt: EpochMs;
  /** The ticket's order purge time (orderPiiPurgeAt), or null when it has no order or the order is unknown. */
  orderPurgeAt: EpochMs | null;
  hasOrder: boolean;
}

/**
 * A ticket's buyer data goes with its order's; a ticket without an order (a question before buying) goes
 * the retention days after its last message. Never while the case is open.
 */
export function ticketPiiPurgeAt(ticket: TicketRetentionFacts, retentionDays = DEFAULT_PII_RETENTION_DAYS): EpochMs | null {
  if (ticket.open) return null;
  const ownClock = ticket.lastMessageAt + retentionDays * DAY_MS;
  if (!ticket.hasOrder) return ownClock;
  // Whichever is later: the order's clock, or this conversation's own (a late complaint keeps its words a while).
  return ticket.orderPurgeAt === null ? null : Math.max(ticket.orderPurgeAt, ownClock);
}

export function isPiiDue(purgeAt: EpochMs | null, now: EpochMs): boolean {
  return purgeAt !== null && purgeAt <= now;
}
