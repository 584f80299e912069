import type { DataSource } from 'typeorm';
import type { Role } from '@lifeline/domain';
import type { TicketsService } from '../tickets/tickets.service';

/**
 * Agent activity on the demo tickets, through the real services, so the demo shows SLA clocks in every
 * state: a reply meets Carlos's first response and pauses his ticket's resolution (waiting on the buyer),
 * and Daniel's thank-you note is marked "no response needed" (its clock cancelled). Running, warned and
 * breached clocks come from the demo messages' received times (seed/demo-messages.ts).
 */
export async function playDemoSlaActivity(tickets: TicketsService, dataSource: DataSource): Promise<void> {
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

  const es = await agent('agent.es@demo.lifeline.test');
  const carlos = await message('<demo-6@marketplace.amazon.com>');
  if (es && carlos) {
    await tickets.reply(es, {
      ticketId: carlos.ticket_id,
      version: carlos.version,
      body: 'Hola Carlos:\n\nsiento mucho que faltara una pieza. Le enviamos hoy la pieza que falta sin coste; le escribiré con el número de seguimiento.\n\nSaludos,\nEquipo de atención',
    });
  }
  const en = await agent('agent.en@demo.lifeline.test');
  const daniel = await message('<demo-17@marketplace.amazon.com>');
  if (en && daniel) {
    await tickets.markMessageNoResponseNeeded(en, { messageId: daniel.id, ticketVersion: daniel.version, reason: 'Thank-you note, nothing to answer' });
  }
}
