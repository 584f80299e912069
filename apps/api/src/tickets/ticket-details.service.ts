import { Injectable } from '@nestjs/common';
import type { MessageType, TicketNoteType, TicketType, TimelineEventType } from './dto/ticket.types';
import { toMessageType, toNoteType, toTicketType, toTimelineType } from './tickets.mappers';
import { TicketsRepository } from './tickets.repository';

/** Reads behind a ticket's nested fields; the parent ticket was already scoped to the caller's organisation. */
@Injectable()
export class TicketDetailsService {
  constructor(private readonly repo: TicketsRepository) {}

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
