import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DomainEvent, DomainEventType } from '@lifeline/api-contract';
import { DATA_SOURCE } from '../database/database.tokens';

interface OutboxRow {
  id: string;
  organization_id: string;
  type: string;
  room: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

export interface RelayedEvent {
  room: string | null;
  event: DomainEvent;
}

const toEvent = (r: OutboxRow): RelayedEvent => ({
  room: r.room,
  event: {
    id: String(r.id),
    type: r.type as DomainEventType,
    organizationId: r.organization_id,
    payload: r.payload as never,
    occurredAt: new Date(r.created_at).toISOString(),
  },
});

@Injectable()
export class OutboxRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  async insert(manager: EntityManager, organizationId: string, type: string, payload: object, room: string | null): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_events (organization_id, type, room, payload) VALUES ($1, $2, $3, $4) RETURNING id`,
      [organizationId, type, room, JSON.stringify(payload)],
    );
    return String(rows[0]!.id);
  }

  /** Several events in one statement (a sweeper batch), in the order given. */
  async insertMany(manager: EntityManager, events: { organizationId: string; type: string; payload: object; room: string | null }[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_events (organization_id, type, room, payload)
       SELECT o, t, r, p FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS v(o, t, r, p, n) ORDER BY n`,
      [events.map((e) => e.organizationId), events.map((e) => e.type), events.map((e) => e.room), events.map((e) => JSON.stringify(e.payload))],
    );
  }

  /**
   * Claims up to `limit` committed, unrelayed events. SKIP LOCKED lets several API processes drain the
   * outbox together without relaying an event twice.
   */
  async claimUnrelayed(limit: number): Promise<RelayedEvent[]> {
    const rows: OutboxRow[] = await this.db.query(
      `WITH claimed AS (
         UPDATE outbox_events SET relayed_at = now()
          WHERE id IN (SELECT id FROM outbox_events WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, organization_id, type, room, payload, created_at)
       SELECT * FROM claimed ORDER BY id`,
      [limit],
    );
    return rows.map(toEvent);
  }

  /** Events after `afterId` that this user may see: the organisation's and the user's own room. */
  async since(organizationId: string, userRoom: string, afterId: string, limit: number): Promise<RelayedEvent[]> {
    const rows: OutboxRow[] = await this.db.query(
      `SELECT id, organization_id, type, room, payload, created_at FROM outbox_events
        WHERE organization_id = $1 AND id > $2 AND (room IS NULL OR room = $3)
        ORDER BY id LIMIT $4`,
      [organizationId, afterId, userRoom, limit],
    );
    return rows.map(toEvent);
  }

  async lastId(): Promise<string> {
    const rows: { id: string | null }[] = await this.db.query(`SELECT max(id)::text AS id FROM outbox_events`);
    return rows[0]?.id ?? '0';
  }
}
