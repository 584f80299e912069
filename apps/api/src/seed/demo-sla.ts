import type { DataSource } from 'typeorm';
import type { Role, TicketChannel, TicketStatus } from '@lifeline/domain';
import type { SlaService } from '../sla/sla.service';
import type { TicketsService } from '../tickets/tickets.service';

/**
 * Agent activity on the demo tickets, so the demo shows SLA clocks in every state: an earlier reply meets
 * Carlos's first response and pauses his ticket's resolution (waiting on the buyer),
 * and Daniel's thank-you note is marked "no response needed" (its clock cancelled). Running, warned and
 * breached clocks come from the demo messages' received times (seed/demo-messages.ts).
 */
export async function playDemoSlaActivity(tickets: TicketsService, sla: SlaService, dataSource: DataSource): Promise<void> {
  const agent = async (email: string) => {
    const [row] = (await dataSource.query(`SELECT id, organization_id, role FROM users WHERE email = $1`, [email])) as { id: string; organization_id: string; role: Role }[];
    return row && { userId: row.id, organizationId: row.organization_id, role: row.role };
  };
  const message = async (externalId: string) => {
    const [row] = (await dataSource.query(
      `SELECT m.id, m.ticket_id, t.version FROM messages m JOIN tickets t ON t.organization_id = m.organization_id AND t.id = m.ticket_id WHERE m.external_id = $1`,
      [externalId],
    )) as { id: string; ticket_id: string; version: number }[];
    return row;
  };

  // An answer the agent sent an hour ago (already delivered, so starting the demo sends no e-mail).
  const es = await agent('agent.es@demo.lifeline.test');
  const carlos = await message('<demo-6@marketplace.amazon.com>');
  if (es && carlos) {
    await dataSource.transaction(async (m) => {
      const [ticket] = (await m.query(
        `UPDATE tickets SET status = 'WAITING_ON_BUYER', assignee_id = coalesce(assignee_id, $3), last_message_at = now() - interval '1 hour', version = version + 1
          WHERE organization_id = $1 AND id = $2
          RETURNING organization_id AS "organizationId", id, store_id AS "storeId", channel, status`,
        [es.organizationId, carlos.ticket_id, es.userId],
      )) as [{ organizationId: string; id: string; storeId: string; channel: TicketChannel; status: TicketStatus }[], number];
      const t = ticket[0]!;
      await m.query(
        `INSERT INTO messages (organization_id, ticket_id, store_id, direction, subject, body, language, sent_at, author_id, delivery_status)
         VALUES ($1, $2, $3, 'OUTBOUND', 'Re: Pedido 111-5555555-6666666 incompleto', $4, 'es', now() - interval '1 hour', $5, 'SENT')`,
        [t.organizationId, t.id, t.storeId, 'Hola Carlos:\n\nsiento mucho que faltara una pieza. Le enviamos hoy la pieza que falta sin coste.\n\nSaludos', es.userId],
      );
      await m.query(
        `INSERT INTO ticket_timeline (organization_id, ticket_id, type, actor_type, actor_id, data) VALUES ($1, $2, 'STATUS_CHANGED', 'USER', $3, '{"from":"NEW","to":"WAITING_ON_BUYER"}')`,
        [t.organizationId, t.id, es.userId],
      );
      await sla.onReply(m, { ...t, status: 'NEW' }, { isAutoReply: false }, 'WAITING_ON_BUYER');
    });
  }
  const en = await agent('agent.en@demo.lifeline.test');
  const daniel = await message('<demo-17@marketplace.amazon.com>');
  if (en && daniel) {
    await tickets.markMessageNoResponseNeeded(en, { messageId: daniel.id, ticketVersion: daniel.version, reason: 'Thank-you note, nothing to answer' });
  }
}
