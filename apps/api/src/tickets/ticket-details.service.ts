import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors';
import type { MessageType, QueueType, TicketNoteType, TicketType, TimelineEventType } from './dto/ticket.types';
import { toMessageType, toNoteType, toQueueType, toTicketType, toTimelineType } from './tickets.mappers';
import { TicketsRepository } from './tickets.repository';

/** Reads behind a ticket's nested fields; the parent ticket was already scoped to the caller's organisation. */
@Injectable()
export class TicketDetailsService {
  constructor(private readonly repo: TicketsRepository) {}

  async queue(organizationId: string, queueId: string): Promise<QueueType> {
    const q = await this.repo.queue(organizationId, queueId);
    if (!q) throw notFound('The queue');
    return toQueueType(q);
  }

  async messages(organizationId: string, ticketId: string): Promise<MessageType[]> {
    return (await this.repo.messages(organizationId, ticketId)).map(toMessageType);
  }

  async notes(organizationId: string, ticketId: string): Promise<TicketNoteType[]> {
    return (await this.repo.notes(organizationId, ticketId)).map(toNoteType);
  }

  async timeline(organizationId: string, ticketId: string): Promise<TimelineEventType[]> {
    return (await this.repo.timeline(organizationId, ticketId)).map(toTimelineType);
  }

  async otherTicketsForOrder(t: TicketType): Promise<TicketType[]> {
    if (!t.marketplaceOrderId) return [];
    return (await this.repo.otherTicketsForOrder(t.organizationId, t.id, t.marketplaceOrderId)).map(toTicketType);
  }
}
