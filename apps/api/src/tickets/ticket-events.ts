import type { EntityManager } from 'typeorm';
import type { TicketEventPayload } from '@lifeline/api-contract';
import type { OutboxService } from '../realtime/outbox.service';
import { NO_DEADLINE, type TicketEntity } from './entities/ticket.entity';

export const ticketPayload = (t: TicketEntity): TicketEventPayload => ({
  ticketId: t.id,
  version: t.version,
  queueId: t.queueId,
  storeId: t.storeId,
  status: t.status,
  priority: t.priority,
  language: t.language,
  assigneeId: t.assigneeId,
  dueAt: t.dueAt.getTime() >= NO_DEADLINE.getTime() ? null : t.dueAt.toISOString(),
  mergedIntoId: t.mergedIntoId,
});

/** ticket.created / ticket.updated to the organisation's room, written in the caller's transaction. */
export function emitTicket(outbox: OutboxService, m: EntityManager, type: 'ticket.created' | 'ticket.updated', t: TicketEntity): Promise<string> {
  return outbox.append(m, { organizationId: t.organizationId, type, payload: ticketPayload(t) });
}

export function emitMessage(outbox: OutboxService, m: EntityManager, t: TicketEntity, messageId: string, direction: 'INBOUND' | 'OUTBOUND'): Promise<string> {
  return outbox.append(m, { organizationId: t.organizationId, type: 'message.created', payload: { ticketId: t.id, messageId, direction } });
}
