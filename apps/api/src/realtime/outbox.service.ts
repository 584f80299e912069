import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DomainEventPayloads, DomainEventType } from '@lifeline/api-contract';
import { OutboxRepository } from './outbox.repository';

export interface OutboxAppend<T extends DomainEventType> {
  organizationId: string;
  type: T;
  payload: DomainEventPayloads[T];
  /** A narrower room than the organisation, e.g. `user:<id>`. */
  room?: string;
}

/** Services append events inside their transaction; the relay sends them after commit. */
@Injectable()
export class OutboxService {
  constructor(private readonly repo: OutboxRepository) {}

  append<T extends DomainEventType>(manager: EntityManager, event: OutboxAppend<T>): Promise<string> {
    return this.repo.insert(manager, event.organizationId, event.type, event.payload, event.room ?? null);
  }

  /** Many events in one statement, for batch writers such as the SLA sweeper. */
  appendMany(manager: EntityManager, events: OutboxAppend<DomainEventType>[]): Promise<void> {
    return this.repo.insertMany(
      manager,
      events.map((e) => ({ organizationId: e.organizationId, type: e.type, payload: e.payload, room: e.room ?? null })),
    );
  }
}
