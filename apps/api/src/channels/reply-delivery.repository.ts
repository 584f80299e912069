import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';

export interface OutgoingReply {
  organizationId: string;
  id: string;
  ticketId: string;
  storeName: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
  /** The newest inbound Message-ID of the ticket, for In-Reply-To and References. */
  inReplyTo: string | null;
}

/** How long a claimed reply stays with one sender before another may retry it (a crash mid-send). */
const LEASE = '2 minutes';

@Injectable()
export class ReplyDeliveryRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  /**
   * Claims due replies for sending. SKIP LOCKED lets every API process send without sending one
   * reply twice; the lease brings a reply back if its sender died mid-send.
   */
  async claim(limit: number): Promise<OutgoingReply[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `WITH claimed AS (
         UPDATE messages m
            SET delivery_status = 'SENDING', delivery_attempts = m.delivery_attempts + 1, next_delivery_at = now() + interval '${LEASE}'
          WHERE (m.organization_id, m.id) IN (
                SELECT organization_id, id FROM messages
                 WHERE delivery_status IN ('QUEUED', 'SENDING') AND direction = 'OUTBOUND'
                   AND (next_delivery_at IS NULL OR next_delivery_at <= now())
                 ORDER BY next_delivery_at NULLS FIRST
                 LIMIT $1
                 FOR UPDATE SKIP LOCKED)
          RETURNING m.organization_id, m.id, m.ticket_id, m.subject, m.body, m.delivery_attempts)
       SELECT c.*, t.buyer_address, s.name AS store_name,
              (SELECT i.external_id FROM messages i
                WHERE i.organization_id = c.organization_id AND i.ticket_id = c.ticket_id
                  AND i.direction = 'INBOUND' AND i.external_id IS NOT NULL
                ORDER BY i.sent_at DESC LIMIT 1) AS in_reply_to
         FROM claimed c
         JOIN tickets t ON t.organization_id = c.organization_id AND t.id = c.ticket_id
         JOIN stores s ON s.organization_id = t.organization_id AND s.id = t.store_id`,
      [limit],
    );
    return rows.map((r) => ({
      organizationId: String(r.organization_id),
      id: String(r.id),
      ticketId: String(r.ticket_id),
      storeName: String(r.store_name),
      to: String(r.buyer_address),
      subject: String(r.subject),
      body: String(r.body),
      attempts: Number(r.delivery_attempts),
      inReplyTo: (r.in_reply_to as string | null) ?? null,
    }));
  }

  async markSent(organizationId: string, id: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE messages SET delivery_status = 'SENT', delivered_at = now(), next_delivery_at = NULL, delivery_error = NULL
        WHERE organization_id = $1 AND id = $2`,
      [organizationId, id],
    );
  }

  async retryLater(organizationId: string, id: string, error: string, delaySeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE messages SET delivery_status = 'QUEUED', delivery_error = $3, next_delivery_at = now() + make_interval(secs => $4)
        WHERE organization_id = $1 AND id = $2`,
      [organizationId, id, error, delaySeconds],
    );
  }

  async markFailed(organizationId: string, id: string, error: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE messages SET delivery_status = 'FAILED', delivery_error = $3, next_delivery_at = NULL WHERE organization_id = $1 AND id = $2`,
      [organizationId, id, error],
    );
  }
}
