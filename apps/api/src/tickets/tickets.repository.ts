import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { OPEN_TICKET_STATUSES, TICKET_PRIORITY_RANK, type AssignableAgent, type LanguageCode, type TicketChannel, type TicketStatus } from '@lifeline/domain';
import { DATA_SOURCE } from '../database/database.tokens';
import { MessageEntity } from './entities/message.entity';
import { TicketNoteEntity } from './entities/note.entity';
import { QueueEntity } from './entities/queue.entity';
import { RoutingRuleEntity } from './entities/routing-rule.entity';
import { TicketEntity } from './entities/ticket.entity';
import { TimelineEventEntity } from './entities/timeline-event.entity';

export interface TicketFilter {
  queueId?: string | null;
  statuses?: TicketStatus[] | null;
  language?: string | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  storeId?: string | null;
  channel?: TicketChannel | null;
}

/** Keyset position in urgency order: priority_rank DESC, due_at ASC, created_at ASC, id ASC. */
export interface UrgencyPosition {
  priorityRank: number;
  dueAt: string;
  createdAt: string;
  id: string;
}

export interface TimelineAppend {
  type: string;
  actorType: 'USER' | 'BUYER' | 'SYSTEM' | 'CONNECTOR';
  actorId?: string | null;
  data?: Record<string, unknown>;
}

/** Columns a versioned ticket update may set, by entity property. */
export type TicketPatch = Partial<
  Pick<TicketEntity, 'status' | 'priority' | 'priorityRank' | 'assigneeId' | 'queueId' | 'language' | 'languageSource' | 'mergedIntoId' | 'lastMessageAt' | 'dueAt'>
>;

const COLUMN: Record<keyof TicketPatch, string> = {
  status: 'status',
  priority: 'priority',
  priorityRank: 'priority_rank',
  assigneeId: 'assignee_id',
  queueId: 'queue_id',
  language: 'language',
  languageSource: 'language_source',
  mergedIntoId: 'merged_into_id',
  lastMessageAt: 'last_message_at',
  dueAt: 'due_at',
};

const OPEN = [...OPEN_TICKET_STATUSES];

/** The only place ticket rows are read or written; every method is scoped by organisation. */
@Injectable()
export class TicketsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** Serialises work on one key inside the current transaction (duplicate deliveries, assignment). */
  async lock(m: EntityManager, key: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  messageByExternalId(m: EntityManager, organizationId: string, storeId: string, externalId: string): Promise<MessageEntity | null> {
    return m.getRepository(MessageEntity).findOneBy({ organizationId, storeId, externalId });
  }

  /** The buyer's open ticket about the same order (or about no order), newest first, locked for update. */
  async openTicketForBuyer(m: EntityManager, organizationId: string, storeId: string, buyerAddress: string, orderId: string | null): Promise<TicketEntity | null> {
    return m
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.organization_id = :organizationId AND t.store_id = :storeId AND t.buyer_address = :buyerAddress', { organizationId, storeId, buyerAddress })
      .andWhere('t.status IN (:...open) AND t.merged_into_id IS NULL', { open: OPEN })
      .andWhere('t.marketplace_order_id IS NOT DISTINCT FROM :orderId', { orderId })
      .orderBy('t.last_message_at', 'DESC')
      .limit(1)
      .getOne();
  }

  queues(organizationId: string, m: EntityManager = this.db.manager): Promise<QueueEntity[]> {
    return m.getRepository(QueueEntity).find({ where: { organizationId }, order: { name: 'ASC' } });
  }

  queuesByIds(organizationId: string, ids: readonly string[]): Promise<QueueEntity[]> {
    return this.db.getRepository(QueueEntity).findBy({ organizationId, id: In([...ids]) });
  }

  routingRules(m: EntityManager, organizationId: string): Promise<RoutingRuleEntity[]> {
    return m.getRepository(RoutingRuleEntity).find({ where: { organizationId, enabled: true }, order: { priority: 'ASC', id: 'ASC' } });
  }

  /**
   * Everyone who may be given tickets, with their open-ticket counts (for pickAgent); the supervisors'
   * queue is worked by supervisors and admins only.
   */
  async assignableAgents(m: EntityManager, organizationId: string, supervisorsOnly = false): Promise<AssignableAgent[]> {
    const rows: { id: string; languages: string[]; availability: string; max_open_tickets: number; last_assigned_at: Date | null; open: string }[] =
      await m.query(
        `SELECT u.id, u.languages, u.availability, u.max_open_tickets, u.last_assigned_at,
                (SELECT count(*) FROM tickets t
                  WHERE t.organization_id = u.organization_id AND t.assignee_id = u.id AND t.status = ANY($2)) AS open
           FROM users u
          WHERE u.organization_id = $1 AND u.is_active AND (NOT $3 OR u.role IN ('SUPERVISOR', 'ADMIN'))`,
        [organizationId, OPEN, supervisorsOnly],
      );
    return rows.map((r) => ({
      userId: r.id,
      languages: r.languages as LanguageCode[],
      available: r.availability === 'ONLINE',
      openTickets: Number(r.open),
      maxOpenTickets: r.max_open_tickets,
      lastAssignedAt: r.last_assigned_at?.getTime(),
    }));
  }

  /**
   * Open, unassigned tickets in the given languages, most urgent first, locked for assignment (others
   * skip them). The supervisors' queue is left out unless asked for.
   */
  async waitingTickets(m: EntityManager, organizationId: string, languages: string[], includeSupervisorQueue: boolean, limit: number): Promise<TicketEntity[]> {
    if (limit <= 0 || languages.length === 0) return [];
    return m
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('t.organization_id = :organizationId AND t.assignee_id IS NULL AND t.merged_into_id IS NULL', { organizationId })
      .andWhere('t.status IN (:...open) AND t.language IN (:...languages)', { open: OPEN, languages })
      .andWhere(
        includeSupervisorQueue
          ? 'TRUE'
          : 'NOT EXISTS (SELECT 1 FROM queues q WHERE q.organization_id = t.organization_id AND q.id = t.queue_id AND q.is_supervisor_queue)',
      )
      .orderBy('t.priority_rank', 'DESC')
      .addOrderBy('t.due_at', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The first assignee of a ticket created in this same transaction: nobody has read it, so no version bump. */
  async setInitialAssignee(m: EntityManager, organizationId: string, id: string, assigneeId: string): Promise<void> {
    await m.query(`UPDATE tickets SET assignee_id = $3 WHERE organization_id = $1 AND id = $2`, [organizationId, id, assigneeId]);
  }

  async markAssigned(m: EntityManager, organizationId: string, userId: string): Promise<void> {
    await m.query(`UPDATE users SET last_assigned_at = now() WHERE organization_id = $1 AND id = $2`, [organizationId, userId]);
  }

  message(organizationId: string, id: string): Promise<MessageEntity | null> {
    return this.db.getRepository(MessageEntity).findOneBy({ organizationId, id });
  }

  /** false when the message was marked already (so the caller records nothing twice). */
  async markNoResponseNeeded(m: EntityManager, organizationId: string, messageId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `WITH marked AS (
         UPDATE messages SET no_response_needed = true WHERE organization_id = $1 AND id = $2 AND direction = 'INBOUND' AND NOT no_response_needed RETURNING id)
       SELECT id FROM marked`,
      [organizationId, messageId],
    );
    return rows.length === 1;
  }

  insertTicket(m: EntityManager, row: Partial<TicketEntity>): Promise<TicketEntity> {
    return m.getRepository(TicketEntity).save(m.getRepository(TicketEntity).create(row));
  }

  insertMessage(m: EntityManager, row: Partial<MessageEntity>): Promise<MessageEntity> {
    return m.getRepository(MessageEntity).save(m.getRepository(MessageEntity).create(row));
  }

  insertNote(m: EntityManager, row: Partial<TicketNoteEntity>): Promise<TicketNoteEntity> {
    return m.getRepository(TicketNoteEntity).save(m.getRepository(TicketNoteEntity).create(row));
  }

  async appendTimeline(m: EntityManager, organizationId: string, ticketId: string, events: TimelineAppend[]): Promise<void> {
    if (events.length === 0) return;
    await m.getRepository(TimelineEventEntity).insert(
      events.map((e) => ({ organizationId, ticketId, type: e.type, actorType: e.actorType, actorId: e.actorId ?? null, data: (e.data ?? {}) as never })),
    );
  }

  ticket(organizationId: string, id: string, m: EntityManager = this.db.manager): Promise<TicketEntity | null> {
    return m.getRepository(TicketEntity).findOneBy({ organizationId, id });
  }

  /**
   * Sets columns only if `version` is still current (ARCHITECTURE.md "Concurrent edits"): returns the
   * updated row, 'conflict' with the current version, or null when the ticket is not this organisation's.
   */
  async updateVersioned(m: EntityManager, organizationId: string, id: string, version: number, patch: TicketPatch): Promise<TicketEntity | { conflict: number } | null> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof TicketPatch, unknown][];
    const sets = entries.map(([k], i) => `${COLUMN[k]} = $${i + 4}`);
    const changed: { id: string }[] = await m.query(
      `WITH changed AS (
         UPDATE tickets SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE organization_id = $1 AND id = $2 AND version = $3
          RETURNING id)
       SELECT id FROM changed`,
      [organizationId, id, version, ...entries.map(([, v]) => v)],
    );
    const current = await this.ticket(organizationId, id, m);
    if (!current) return null;
    if (changed.length === 0) return { conflict: current.version };
    return current;
  }

  /** For system changes that must not fail on a concurrent edit (a new buyer message): bumps version too. */
  async updateUnversioned(m: EntityManager, organizationId: string, id: string, patch: TicketPatch): Promise<void> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof TicketPatch, unknown][];
    const sets = entries.map(([k], i) => `${COLUMN[k]} = $${i + 3}`);
    await m.query(`UPDATE tickets SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE organization_id = $1 AND id = $2`, [
      organizationId,
      id,
      ...entries.map(([, v]) => v),
    ]);
  }

  /**
   * One page in urgency order, keyset-paginated (never OFFSET). The order mixes directions (priority
   * DESC, then due_at, created_at, id ASC), which one row comparison cannot seek in an index. So the page
   * is a UNION ALL of one branch per priority rank — each an ascending range scan of the urgency index that
   * stops after `first + 1` rows — and only the chosen ids are then loaded.
   */
  async page(organizationId: string, filter: TicketFilter, first: number, after?: UrgencyPosition): Promise<TicketEntity[]> {
    const params: unknown[] = [organizationId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['t.organization_id = $1', 't.merged_into_id IS NULL'];
    if (filter.queueId) where.push(`t.queue_id = ${p(filter.queueId)}`);
    if (filter.statuses?.length) where.push(`t.status = ANY(${p(filter.statuses)}::text[])`);
    if (filter.language) where.push(`t.language = ${p(filter.language)}`);
    if (filter.assigneeId) where.push(`t.assignee_id = ${p(filter.assigneeId)}`);
    if (filter.unassigned) where.push('t.assignee_id IS NULL');
    if (filter.storeId) where.push(`t.store_id = ${p(filter.storeId)}`);
    if (filter.channel) where.push(`t.channel = ${p(filter.channel)}`);
    const limit = p(first + 1);
    const ranks = Object.values(TICKET_PRIORITY_RANK)
      .sort((a, b) => b - a)
      .filter((rank) => !after || rank <= after.priorityRank);
    const branches = ranks.map((rank) => {
      const seek =
        after && rank === after.priorityRank
          ? ` AND (t.due_at, t.created_at, t.id) > (${p(after.dueAt)}::timestamptz, ${p(after.createdAt)}::timestamptz, ${p(after.id)}::uuid)`
          : '';
      return `(SELECT t.id, t.priority_rank, t.due_at, t.created_at FROM tickets t
                WHERE ${where.join(' AND ')} AND t.priority_rank = ${rank}${seek}
                ORDER BY t.due_at, t.created_at, t.id LIMIT ${limit})`;
    });
    if (branches.length === 0) return [];
    const picked: { id: string }[] = await this.db.query(
      `SELECT id FROM (${branches.join(' UNION ALL ')}) page
        ORDER BY priority_rank DESC, due_at, created_at, id LIMIT ${limit}`,
      params,
    );
    if (picked.length === 0) return [];
    const rows = await this.db.getRepository(TicketEntity).findBy({ organizationId, id: In(picked.map((r) => r.id)) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return picked.map((r) => byId.get(r.id)).filter((t): t is TicketEntity => t !== undefined);
  }

  messages(organizationId: string, ticketId: string): Promise<MessageEntity[]> {
    return this.db.getRepository(MessageEntity).find({ where: { organizationId, ticketId }, order: { sentAt: 'ASC', createdAt: 'ASC' } });
  }

  notes(organizationId: string, ticketId: string): Promise<TicketNoteEntity[]> {
    return this.db.getRepository(TicketNoteEntity).find({ where: { organizationId, ticketId }, order: { createdAt: 'ASC' } });
  }

  timeline(organizationId: string, ticketId: string): Promise<TimelineEventEntity[]> {
    return this.db.getRepository(TimelineEventEntity).find({ where: { organizationId, ticketId }, order: { id: 'ASC' } });
  }

  async moveToTicket(m: EntityManager, organizationId: string, fromTicketId: string, toTicketId: string): Promise<number> {
    const moved: { n: string }[] = await m.query(
      `WITH moved AS (UPDATE messages SET ticket_id = $3 WHERE organization_id = $1 AND ticket_id = $2 RETURNING 1) SELECT count(*) AS n FROM moved`,
      [organizationId, fromTicketId, toTicketId],
    );
    await m.query(`UPDATE ticket_notes SET ticket_id = $3 WHERE organization_id = $1 AND ticket_id = $2`, [organizationId, fromTicketId, toTicketId]);
    await m.query(`UPDATE ticket_timeline SET ticket_id = $3 WHERE organization_id = $1 AND ticket_id = $2`, [organizationId, fromTicketId, toTicketId]);
    // Compensation goes with the case (its approval clock moves with the ticket's clocks).
    await m.query(`UPDATE compensation_actions SET ticket_id = $3 WHERE organization_id = $1 AND ticket_id = $2`, [organizationId, fromTicketId, toTicketId]);
    return Number(moved[0]?.n ?? 0);
  }

  /** Open tickets per queue (and unassigned among them), for the queue list. */
  async queueCounts(organizationId: string): Promise<Map<string, { open: number; unassigned: number }>> {
    const rows: { queue_id: string; open: string; unassigned: string }[] = await this.db.query(
      `SELECT queue_id, count(*) AS open, count(*) FILTER (WHERE assignee_id IS NULL) AS unassigned
         FROM tickets WHERE organization_id = $1 AND status = ANY($2) AND merged_into_id IS NULL GROUP BY queue_id`,
      [organizationId, OPEN],
    );
    return new Map(rows.map((r) => [r.queue_id, { open: Number(r.open), unassigned: Number(r.unassigned) }]));
  }

  async languageCounts(organizationId: string): Promise<{ language: string; open: number }[]> {
    const rows: { language: string; open: string }[] = await this.db.query(
      `SELECT language, count(*) AS open FROM tickets
        WHERE organization_id = $1 AND status = ANY($2) AND merged_into_id IS NULL GROUP BY language ORDER BY count(*) DESC, language`,
      [organizationId, OPEN],
    );
    return rows.map((r) => ({ language: r.language, open: Number(r.open) }));
  }

  otherTicketsForOrder(organizationId: string, ticketId: string, orderId: string): Promise<TicketEntity[]> {
    return this.db
      .getRepository(TicketEntity)
      .createQueryBuilder('t')
      .where('t.organization_id = :organizationId AND t.marketplace_order_id = :orderId AND t.id <> :ticketId', { organizationId, orderId, ticketId })
      .orderBy('t.created_at', 'DESC')
      .limit(20)
      .getMany();
  }
}
