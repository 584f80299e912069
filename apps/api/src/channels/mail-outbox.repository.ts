import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
}

export interface QueuedMail extends OutgoingMail {
  organizationId: string;
  id: string;
  attempts: number;
}

/** The only place outbound e-mail is queued (always inside the caller's transaction) and claimed for sending. */
@Injectable()
export class MailOutboxRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  /** Due unsent mail, leased for two minutes so a crashed sender's mail comes back; SKIP LOCKED across processes. */
  async claim(limit: number): Promise<QueuedMail[]> {
    const rows: { organization_id: string; id: string; to: string; subject: string; body: string; attempts: number }[] = await this.db.query(
      `WITH claimed AS (
         UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + interval '2 minutes'
          WHERE (organization_id, id) IN (
                SELECT organization_id, id FROM mail_outbox
                 WHERE sent_at IS NULL AND failed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                 ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING organization_id, id, "to", subject, body, attempts)
       SELECT * FROM claimed`,
      [limit],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, id: r.id, to: r.to, subject: r.subject, body: r.body, attempts: r.attempts }));
  }

  async markSent(organizationId: string, id: string): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
  }

  async retryLater(organizationId: string, id: string, error: string, delaySeconds: number): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE organization_id = $1 AND id = $2`, [
      organizationId,
      id,
      error,
      delaySeconds,
    ]);
  }

  async markFailed(organizationId: string, id: string, error: string): Promise<void> {
    await this.db.query(`UPDATE mail_outbox SET failed_at = now(), last_error = $3 WHERE organization_id = $1 AND id = $2`, [organizationId, id, error]);
  }

  async enqueue(manager: EntityManager, organizationId: string, mails: readonly OutgoingMail[]): Promise<void> {
    if (mails.length === 0) return;
    await manager.query(
      `INSERT INTO mail_outbox (organization_id, "to", subject, body)
       SELECT $1, m.to, m.subject, m.body FROM jsonb_to_recordset($2::jsonb) AS m("to" text, subject text, body text)`,
      [organizationId, JSON.stringify(mails)],
    );
  }
}
