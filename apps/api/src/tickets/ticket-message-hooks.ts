import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TicketEntity } from './entities/ticket.entity';

export type TicketMessageHook = (m: EntityManager, ticket: TicketEntity) => Promise<void>;

/**
 * Features that keep a case beside a ticket (an A-to-z claim, a chargeback, a negative feedback) register
 * here to link it when a marketplace message opens or joins a ticket about the same order, in the
 * ingest's transaction. The tickets module so needs no import of theirs.
 */
@Injectable()
export class TicketMessageHooks {
  private readonly hooks: TicketMessageHook[] = [];

  register(hook: TicketMessageHook): void {
    this.hooks.push(hook);
  }

  async run(m: EntityManager, ticket: TicketEntity): Promise<void> {
    for (const hook of this.hooks) await hook(m, ticket);
  }
}
