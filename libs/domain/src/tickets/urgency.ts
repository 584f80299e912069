import type { TicketPriority } from './ticket-lifecycle';

/**
 * Priority ranks as stored in `tickets.priority_rank` so SQL orders by the same numbers. Gaps of ten leave
 * room for a level in between without renumbering rows.
 */
export const TICKET_PRIORITY_RANK: Readonly<Record<TicketPriority, number>> = {
  LOW: 10,
  NORMAL: 20,
  HIGH: 30,
  URGENT: 40,
};

export interface TicketUrgencyFacts {
  priority: TicketPriority;
  /** Nearest running SLA clock's due time (epoch ms), or null when no clock runs. */
  slaDueAt: number | null;
  createdAt: number;
}

/**
 * A tuple that sorts ascending, element by element, in queue order: most urgent first.
 *   [−priority rank, SLA due time (no clock → +Infinity, i.e. last), created at (oldest first)]
 * The database index with the same order is
 *   (organization_id, queue_id, priority_rank DESC, sla_due_at ASC NULLS LAST, created_at ASC, id ASC)
 * and queue lists `ORDER BY priority_rank DESC, sla_due_at ASC NULLS LAST, created_at ASC, id ASC`;
 * the id is the final tie-breaker there, which keyset pagination needs.
 */
export type TicketUrgencyKey = readonly [negatedPriorityRank: number, slaDueAt: number, createdAt: number];

export function ticketUrgencyKey(ticket: TicketUrgencyFacts): TicketUrgencyKey {
  return [-TICKET_PRIORITY_RANK[ticket.priority], ticket.slaDueAt ?? Number.POSITIVE_INFINITY, ticket.createdAt];
}

/** Comparator for in-memory queue lists, consistent with `ticketUrgencyKey` (negative: `a` first). */
export function compareTicketUrgency(a: TicketUrgencyFacts, b: TicketUrgencyFacts): number {
  const ka = ticketUrgencyKey(a);
  const kb = ticketUrgencyKey(b);
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  }
  return 0;
}
