import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
}

/** The only place outbound e-mail is queued; always inside the caller's transaction. */
@Injectable()
export class MailOutboxRepository {
  async enqueue(manager: EntityManager, organizationId: string, mails: readonly OutgoingMail[]): Promise<void> {
    if (mails.length === 0) return;
    await manager.query(
      `INSERT INTO mail_outbox (organization_id, "to", subject, body)
       SELECT $1, m.to, m.subject, m.body FROM jsonb_to_recordset($2::jsonb) AS m("to" text, subject text, body text)`,
      [organizationId, JSON.stringify(mails)],
    );
  }
}
