import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An order still holding buyer data whose retention may have run out, with what decides it. */
export interface OrderRetentionRow {
  organization_id: string;
  id: string;
  delivered_at: Date | null;
  promised_delivery_at: Date | null;
  cancelled_at: Date | null;
  open_case: boolean;
}

/** A finished ticket still holding buyer data, with its order's dates when Lifeline has the order. */
export interface TicketRetentionRow {
  organization_id: string;
  id: string;
  last_message_at: Date;
  order_known: boolean;
  delivered_at: Date | null;
  promised_delivery_at: Date | null;
  cancelled_at: Date | null;
  open_case: boolean;
}

/**
 * A case is open on an order while any ticket on it is unfinished, an A-to-z claim or chargeback is open,
 * or compensation is still to be carried out: the buyer's data stays until it closes (DOMAIN.md §5).
 */
const OPEN_CASE = (org: string, store: string, order: string) => `(
  EXISTS (SELECT 1 FROM tickets ot WHERE ot.organization_id = ${org} AND ot.store_id = ${store}
          AND ot.marketplace_order_id = ${order} AND ot.status IN ('NEW', 'OPEN', 'WAITING_ON_BUYER'))
  OR EXISTS (SELECT 1 FROM claims c WHERE c.organization_id = ${org} AND c.store_id = ${store}
          AND c.marketplace_order_id = ${order} AND c.status = 'OPEN')
  OR EXISTS (SELECT 1 FROM compensation_actions ca WHERE ca.organization_id = ${org} AND ca.store_id = ${store}
          AND ca.marketplace_order_id = ${order} AND ca.state IN ('REQUESTED', 'APPROVED')))`;

/** The only SQL of the buyer-data retention sweep. Candidates are fetched in keyset batches across organisations. */
@Injectable()
export class RetentionRepository {
  /**
   * Orders with buyer data whose delivery (else latest delivery, else cancellation) is older than `cutoff`;
   * the caller applies the rule (libs/domain retention) and purges by id.
   */
  orderCandidates(m: EntityManager, cutoff: Date, after: { organizationId: string; id: string } | null, limit: number): Promise<OrderRetentionRow[]> {
    return m.query(
      `SELECT o.organization_id, o.id, o.delivered_at, o.promised_delivery_at, o.cancelled_at,
              ${OPEN_CASE('o.organization_id', 'o.store_id', 'o.marketplace_order_id')} AS open_case
         FROM orders o
        WHERE o.pii_purged_at IS NULL AND (o.buyer_name IS NOT NULL OR o.buyer_email IS NOT NULL)
          AND COALESCE(o.delivered_at, o.promised_delivery_at, o.cancelled_at) <= $1
          AND ($2::uuid IS NULL OR (o.organization_id, o.id) > ($2::uuid, $3::uuid))
        ORDER BY o.organization_id, o.id
        LIMIT $4`,
      [cutoff, after?.organizationId ?? null, after?.id ?? null, limit],
    );
  }

  async purgeOrders(m: EntityManager, organizationId: string, ids: readonly string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const rows: unknown[] = await m.query(
      `WITH purged AS (
         UPDATE orders SET buyer_name = NULL, buyer_email = NULL, pii_purged_at = $3
          WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND pii_purged_at IS NULL
          RETURNING 1)
       SELECT 1 FROM purged`,
      [organizationId, ids, now],
    );
    return rows.length;
  }

  /** Resolved or closed tickets whose last message is older than `cutoff`, with their order's dates. */
  ticketCandidates(m: EntityManager, cutoff: Date, after: { organizationId: string; id: string } | null, limit: number): Promise<TicketRetentionRow[]> {
    return m.query(
      `SELECT t.organization_id, t.id, t.last_message_at, (o.id IS NOT NULL) AS order_known,
              o.delivered_at, o.promised_delivery_at, o.cancelled_at,
              (t.marketplace_order_id IS NOT NULL AND ${OPEN_CASE('t.organization_id', 't.store_id', 't.marketplace_order_id')}) AS open_case
         FROM tickets t
         LEFT JOIN orders o ON o.organization_id = t.organization_id AND o.store_id = t.store_id
                           AND o.marketplace_order_id = t.marketplace_order_id
        WHERE t.pii_purged_at IS NULL AND t.status IN ('RESOLVED', 'CLOSED') AND t.last_message_at <= $1
          AND ($2::uuid IS NULL OR (t.organization_id, t.id) > ($2::uuid, $3::uuid))
        ORDER BY t.organization_id, t.id
        LIMIT $4`,
      [cutoff, after?.organizationId ?? null, after?.id ?? null, limit],
    );
  }

  /**
   * Redacts the conversation's words and the buyer's name and relay address. Counts, timestamps, statuses
   * and the timeline stay: the metrics and the response-time history need nothing else.
   */
  async purgeTickets(m: EntityManager, organizationId: string, ids: readonly string[], redacted: string, now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    await m.query(
      `UPDATE messages SET body = $3, subject = $3, from_address = NULL, from_name = NULL, attachments = '[]'::jsonb
        WHERE organization_id = $1 AND ticket_id = ANY($2::uuid[])`,
      [organizationId, ids, redacted],
    );
    const rows: unknown[] = await m.query(
      `WITH purged AS (
         UPDATE tickets SET buyer_name = NULL, subject = $3, buyer_address = 'purged-' || id || '@pii.invalid', pii_purged_at = $4
          WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND pii_purged_at IS NULL
            AND status IN ('RESOLVED', 'CLOSED')
          RETURNING 1)
       SELECT 1 FROM purged`,
      [organizationId, ids, redacted, now],
    );
    return rows.length;
  }
}
