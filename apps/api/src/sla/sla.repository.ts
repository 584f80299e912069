import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BuyerMessageFacts, SlaCalendar, SlaClockKind, SlaHours, SlaTargets, TicketChannel, TicketPriority } from '@lifeline/domain';
import { DATA_SOURCE } from '../database/database.tokens';
import { NO_DEADLINE, type TicketEntity } from '../tickets/entities/ticket.entity';
import { BusinessCalendarEntity } from './entities/business-calendar.entity';
import { SlaClockEntity } from './entities/sla-clock.entity';
import { SlaPolicyEntity } from './entities/sla-policy.entity';

/** What starting a clock needs to know about its ticket, read in one round trip. */
export interface TicketClockFacts {
  repliedBefore: boolean;
  resolutionClockOpen: boolean;
  claimClockStarted: boolean;
}

export interface PolicyContext {
  policies: { id: string; storeId: string | null; channel: TicketChannel | null; targets: SlaTargets }[];
  /** The store's business calendar, else the organisation's; null when neither is set. */
  calendar: SlaCalendar | null;
  storeTimeZone: string;
}

export interface NewClock {
  /** Set when the caller keeps a reference to the clock (a compensation approval); else generated. */
  id?: string;
  organizationId: string;
  ticketId: string;
  messageId: string | null;
  kind: SlaClockKind;
  policyId: string | null;
  hours: SlaHours;
  startedAt: Date;
  dueAt: Date;
  warnAt: Date | null;
}

export type SweepTrigger = 'WARNING' | 'BREACH';

/** A clock the sweeper just fired, with its ticket as locked in the same transaction. */
export interface FiredClock {
  organizationId: string;
  id: string;
  ticketId: string;
  kind: SlaClockKind;
  policyId: string | null;
  /** The warning or due time it fired for. */
  scheduledAt: Date;
  dueAt: Date;
  ticket: { status: string; priority: TicketPriority; queueId: string; assigneeId: string | null };
}

export interface TicketEscalation {
  organizationId: string;
  ticketId: string;
  priority: TicketPriority | null;
  priorityRank: number | null;
  queueId: string | null;
}

export interface SlaEventRow {
  organizationId: string;
  clockId: string;
  ticketId: string;
  type: SweepTrigger;
  kind: string;
  level: number | null;
  scheduledAt: Date;
}

export interface TimelineRow {
  organizationId: string;
  ticketId: string;
  type: string;
  data: Record<string, unknown>;
}

/** Clocks that still demand an answer: running, or breached and neither met nor taken out. */
const OUTSTANDING = `(c.status = 'RUNNING' OR (c.status = 'BREACHED' AND c.met_at IS NULL AND c.cancelled_at IS NULL))`;

/** The only place SLA rows are read or written; every method is scoped by organisation except the sweeper's claim. */
@Injectable()
export class SlaRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** Outside a transaction. */
  get manager(): EntityManager {
    return this.db.manager;
  }

  /** The database clock (the transaction's start time inside a transaction): every SLA time is read from it. */
  async now(m: EntityManager = this.db.manager): Promise<Date> {
    const [row] = (await m.query(`SELECT now() AS now`)) as { now: Date }[];
    return row!.now;
  }

  async ticketClockFacts(m: EntityManager, organizationId: string, ticketId: string): Promise<TicketClockFacts> {
    const [row] = (await m.query(
      `SELECT EXISTS (SELECT 1 FROM messages WHERE organization_id = $1 AND ticket_id = $2 AND direction = 'OUTBOUND' AND NOT is_auto_reply) AS replied,
              EXISTS (SELECT 1 FROM sla_clocks c WHERE c.organization_id = $1 AND c.ticket_id = $2 AND c.kind = 'RESOLUTION'
                         AND (c.status IN ('RUNNING', 'PAUSED') OR (c.status = 'BREACHED' AND c.met_at IS NULL AND c.cancelled_at IS NULL))) AS resolution_open,
              EXISTS (SELECT 1 FROM sla_clocks c WHERE c.organization_id = $1 AND c.ticket_id = $2
                         AND c.kind IN ('A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE', 'RETURN_REQUEST_RESPONSE')) AS claim_started`,
      [organizationId, ticketId],
    )) as { replied: boolean; resolution_open: boolean; claim_started: boolean }[];
    return { repliedBefore: row!.replied, resolutionClockOpen: row!.resolution_open, claimClockStarted: row!.claim_started };
  }

  async policyContext(m: EntityManager, organizationId: string, storeId: string): Promise<PolicyContext> {
    const [row] = (await m.query(
      `SELECT (SELECT coalesce(json_agg(json_build_object('id', p.id, 'storeId', p.store_id, 'channel', p.channel, 'targets', p.targets)), '[]'::json)
                 FROM sla_policies p WHERE p.organization_id = $1 AND (p.store_id IS NULL OR p.store_id = $2)) AS policies,
              (SELECT c.calendar FROM business_calendars c WHERE c.organization_id = $1 AND (c.store_id = $2 OR c.store_id IS NULL)
                ORDER BY c.store_id NULLS LAST, c.created_at LIMIT 1) AS calendar,
              (SELECT s.time_zone FROM stores s WHERE s.organization_id = $1 AND s.id = $2) AS time_zone`,
      [organizationId, storeId],
    )) as { policies: PolicyContext['policies']; calendar: SlaCalendar | null; time_zone: string | null }[];
    return { policies: row!.policies, calendar: row!.calendar, storeTimeZone: row!.time_zone ?? 'UTC' };
  }

  async insertClocks(m: EntityManager, clocks: NewClock[]): Promise<void> {
    if (clocks.length === 0) return;
    await m.getRepository(SlaClockEntity).insert(clocks);
  }

  /**
   * Meets the outstanding clocks of these kinds at the database's now(). One answered after its due time but
   * before the sweeper got to it is recorded as breached (it was late), without escalating: the buyer has an answer.
   */
  async meet(m: EntityManager, organizationId: string, ticketId: string, kinds: readonly SlaClockKind[], messageId?: string): Promise<void> {
    if (kinds.length === 0) return;
    await m.query(
      `UPDATE sla_clocks SET met_at = now(),
              status = CASE WHEN status = 'BREACHED' THEN 'BREACHED' WHEN due_at >= now() THEN 'MET' ELSE 'BREACHED' END,
              breached_at = CASE WHEN status <> 'BREACHED' AND due_at < now() THEN now() ELSE breached_at END,
              paused_ms = paused_ms + CASE WHEN status = 'PAUSED' THEN (extract(epoch FROM now() - paused_at) * 1000)::bigint ELSE 0 END,
              paused_at = NULL
        WHERE organization_id = $1 AND ticket_id = $2 AND kind = ANY($3) AND met_at IS NULL AND cancelled_at IS NULL
          AND status IN ('RUNNING', 'PAUSED', 'BREACHED') AND ($4::uuid IS NULL OR message_id = $4)`,
      [organizationId, ticketId, kinds, messageId ?? null],
    );
  }

  /** Meets one clock by id (a compensation approval decided); late means BREACHED, as in `meet`. */
  async meetClock(m: EntityManager, organizationId: string, clockId: string): Promise<void> {
    await m.query(
      `UPDATE sla_clocks SET met_at = now(),
              status = CASE WHEN status = 'BREACHED' THEN 'BREACHED' WHEN due_at >= now() THEN 'MET' ELSE 'BREACHED' END,
              breached_at = CASE WHEN status <> 'BREACHED' AND due_at < now() THEN now() ELSE breached_at END
        WHERE organization_id = $1 AND id = $2 AND met_at IS NULL AND cancelled_at IS NULL AND status IN ('RUNNING', 'BREACHED')`,
      [organizationId, clockId],
    );
  }

  /** Stops clocks without meeting them; a breached one stays BREACHED but leaves the queue's urgency. */
  async cancel(m: EntityManager, organizationId: string, ticketId: string, kinds: readonly SlaClockKind[], messageId?: string): Promise<number> {
    if (kinds.length === 0) return 0;
    const rows = (await m.query(
      `WITH cancelled AS (
         UPDATE sla_clocks SET cancelled_at = now(), status = CASE WHEN status = 'BREACHED' THEN 'BREACHED' ELSE 'CANCELLED' END, paused_at = NULL
          WHERE organization_id = $1 AND ticket_id = $2 AND kind = ANY($3) AND met_at IS NULL AND cancelled_at IS NULL
            AND status IN ('RUNNING', 'PAUSED', 'BREACHED') AND ($4::uuid IS NULL OR message_id = $4)
          RETURNING 1)
       SELECT count(*)::int AS n FROM cancelled`,
      [organizationId, ticketId, kinds, messageId ?? null],
    )) as { n: number }[];
    return rows[0]!.n;
  }

  async pause(m: EntityManager, organizationId: string, ticketId: string, kinds: readonly SlaClockKind[]): Promise<void> {
    if (kinds.length === 0) return;
    await m.query(
      `UPDATE sla_clocks SET status = 'PAUSED', paused_at = now()
        WHERE organization_id = $1 AND ticket_id = $2 AND kind = ANY($3) AND status = 'RUNNING'`,
      [organizationId, ticketId, kinds],
    );
  }

  pausedClocks(m: EntityManager, organizationId: string, ticketId: string, kinds: readonly SlaClockKind[]): Promise<SlaClockEntity[]> {
    return m
      .getRepository(SlaClockEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.organization_id = :organizationId AND c.ticket_id = :ticketId AND c.status = :status AND c.kind IN (:...kinds)', {
        organizationId,
        ticketId,
        status: 'PAUSED',
        kinds,
      })
      .getMany();
  }

  async resume(m: EntityManager, organizationId: string, id: string, times: { dueAt: Date; warnAt: Date | null; pausedForMs: number }): Promise<void> {
    await m.query(
      `UPDATE sla_clocks SET status = 'RUNNING', paused_at = NULL, due_at = $3, warn_at = CASE WHEN warned_at IS NULL THEN $4::timestamptz ELSE warn_at END,
              paused_ms = paused_ms + $5
        WHERE organization_id = $1 AND id = $2 AND status = 'PAUSED'`,
      [organizationId, id, times.dueAt, times.warnAt, Math.round(times.pausedForMs)],
    );
  }

  /** Response clocks of a merged ticket follow its messages; its resolution clock ends (the case goes on in the target). */
  async moveClocks(m: EntityManager, organizationId: string, fromTicketId: string, toTicketId: string): Promise<void> {
    await this.cancel(m, organizationId, fromTicketId, ['RESOLUTION']);
    await m.query(`UPDATE sla_clocks SET ticket_id = $3 WHERE organization_id = $1 AND ticket_id = $2`, [organizationId, fromTicketId, toTicketId]);
    await m.query(`UPDATE sla_events SET ticket_id = $3 WHERE organization_id = $1 AND ticket_id = $2`, [organizationId, fromTicketId, toTicketId]);
  }

  /**
   * Keeps `tickets.due_at` on the nearest outstanding clock (so queue urgency follows the real clocks), or
   * NO_DEADLINE when the ticket is not open or nothing is outstanding. A derived column: no version bump.
   * A compensation approval clock is left out: it is the supervisors' deadline, kept in the approval inbox.
   */
  async refreshTicketDueAt(m: EntityManager, organizationId: string, ticketId: string, open: boolean): Promise<void> {
    await m.query(
      `UPDATE tickets t SET due_at = CASE WHEN $3 THEN coalesce(
                (SELECT min(c.due_at) FROM sla_clocks c WHERE c.organization_id = t.organization_id AND c.ticket_id = t.id AND ${OUTSTANDING}
                    AND c.kind <> 'COMPENSATION_APPROVAL'), $4)
              ELSE $4 END
        WHERE t.organization_id = $1 AND t.id = $2`,
      [organizationId, ticketId, open, NO_DEADLINE],
    );
  }

  clocksOfTickets(organizationId: string, ticketIds: readonly string[]): Promise<SlaClockEntity[]> {
    return this.db
      .getRepository(SlaClockEntity)
      .createQueryBuilder('c')
      .where('c.organization_id = :organizationId AND c.ticket_id IN (:...ticketIds)', { organizationId, ticketIds })
      .orderBy('c.started_at', 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      // Clocks started by one message share both times: a fixed order for the console and the tests.
      .addOrderBy('c.kind', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  // ---- the sweeper ----

  /**
   * Claims up to `limit` clocks whose warning or due time has passed on the database clock, and marks them
   * warned or breached in the same statement. FOR UPDATE SKIP LOCKED on the clock and its ticket lets any
   * number of API processes sweep together: each clock is claimed by exactly one, and the sweeper never
   * waits on an agent's transaction (nor the agent on a deadlock). A warning whose due time has passed as
   * well is not sent: the breach says more.
   */
  async claimDue(m: EntityManager, trigger: SweepTrigger, limit: number): Promise<FiredClock[]> {
    const due =
      trigger === 'WARNING'
        ? `c.status = 'RUNNING' AND c.warned_at IS NULL AND c.warn_at IS NOT NULL AND c.warn_at <= now() AND c.due_at > now() ORDER BY c.warn_at`
        : `c.status = 'RUNNING' AND c.due_at <= now() ORDER BY c.due_at`;
    const set = trigger === 'WARNING' ? `warned_at = now()` : `status = 'BREACHED', breached_at = now()`;
    const scheduled = trigger === 'WARNING' ? 'warn_at' : 'due_at';
    const rows = (await m.query(
      `WITH due AS (
         SELECT c.organization_id, c.id FROM sla_clocks c
           JOIN tickets t ON t.organization_id = c.organization_id AND t.id = c.ticket_id
          WHERE ${due}
          LIMIT $1
          FOR UPDATE OF c, t SKIP LOCKED),
       fired AS (
         UPDATE sla_clocks c SET ${set} FROM due
          WHERE c.organization_id = due.organization_id AND c.id = due.id
          RETURNING c.organization_id, c.id, c.ticket_id, c.kind, c.policy_id, c.${scheduled} AS scheduled_at, c.due_at)
       SELECT f.*, t.status, t.priority, t.queue_id, t.assignee_id
         FROM fired f JOIN tickets t ON t.organization_id = f.organization_id AND t.id = f.ticket_id`,
      [limit],
    )) as {
      organization_id: string;
      id: string;
      ticket_id: string;
      kind: SlaClockKind;
      policy_id: string | null;
      scheduled_at: Date;
      due_at: Date;
      status: string;
      priority: TicketPriority;
      queue_id: string;
      assignee_id: string | null;
    }[];
    return rows.map((r) => ({
      organizationId: r.organization_id,
      id: r.id,
      ticketId: r.ticket_id,
      kind: r.kind,
      policyId: r.policy_id,
      scheduledAt: r.scheduled_at,
      dueAt: r.due_at,
      ticket: { status: r.status, priority: r.priority, queueId: r.queue_id, assigneeId: r.assignee_id },
    }));
  }

  async policiesByIds(m: EntityManager, ids: readonly string[]): Promise<Map<string, SlaTargets>> {
    if (ids.length === 0) return new Map();
    const rows = (await m.query(`SELECT id, targets FROM sla_policies WHERE id = ANY($1)`, [ids])) as { id: string; targets: SlaTargets }[];
    return new Map(rows.map((r) => [r.id, r.targets]));
  }

  async supervisorQueues(m: EntityManager, organizationIds: readonly string[]): Promise<Map<string, string>> {
    if (organizationIds.length === 0) return new Map();
    const rows = (await m.query(
      `SELECT DISTINCT ON (organization_id) organization_id, id FROM queues WHERE organization_id = ANY($1) AND is_supervisor_queue ORDER BY organization_id, created_at`,
      [organizationIds],
    )) as { organization_id: string; id: string }[];
    return new Map(rows.map((r) => [r.organization_id, r.id]));
  }

  async supervisors(m: EntityManager, organizationIds: readonly string[]): Promise<Map<string, string[]>> {
    if (organizationIds.length === 0) return new Map();
    const rows = (await m.query(
      `SELECT organization_id, array_agg(id ORDER BY id) AS ids FROM users
        WHERE organization_id = ANY($1) AND is_active AND role IN ('SUPERVISOR', 'ADMIN') GROUP BY organization_id`,
      [organizationIds],
    )) as { organization_id: string; ids: string[] }[];
    return new Map(rows.map((r) => [r.organization_id, r.ids]));
  }

  async recordFired(m: EntityManager, events: SlaEventRow[], levels: { organizationId: string; clockId: string; level: number }[]): Promise<void> {
    if (events.length > 0) {
      await m.query(
        `INSERT INTO sla_events (organization_id, clock_id, ticket_id, type, kind, level, scheduled_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::smallint[], $7::timestamptz[])`,
        [
          events.map((e) => e.organizationId),
          events.map((e) => e.clockId),
          events.map((e) => e.ticketId),
          events.map((e) => e.type),
          events.map((e) => e.kind),
          events.map((e) => e.level),
          events.map((e) => e.scheduledAt),
        ],
      );
    }
    if (levels.length > 0) {
      await m.query(
        `UPDATE sla_clocks c SET escalation_level = greatest(c.escalation_level, v.level)
           FROM unnest($1::uuid[], $2::uuid[], $3::smallint[]) AS v(organization_id, id, level)
          WHERE c.organization_id = v.organization_id AND c.id = v.id`,
        [levels.map((l) => l.organizationId), levels.map((l) => l.clockId), levels.map((l) => l.level)],
      );
    }
  }

  /** Applies escalations to tickets the sweeper holds locked; returns the changed tickets (version bumped). */
  async escalateTickets(m: EntityManager, changes: TicketEscalation[]): Promise<TicketEntity[]> {
    if (changes.length === 0) return [];
    // (UPDATE … RETURNING inside a CTE: TypeORM's query() returns [rows, count] for a bare UPDATE.)
    const rows = (await m.query(
      `WITH changed AS (
         UPDATE tickets t SET priority = coalesce(v.priority, t.priority), priority_rank = coalesce(v.priority_rank, t.priority_rank),
                queue_id = coalesce(v.queue_id, t.queue_id), version = t.version + 1, updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::smallint[], $5::uuid[]) AS v(organization_id, id, priority, priority_rank, queue_id)
          WHERE t.organization_id = v.organization_id AND t.id = v.id
          RETURNING t.organization_id, t.id, t.version, t.queue_id, t.store_id, t.status, t.priority, t.language, t.assignee_id, t.merged_into_id, t.due_at)
       SELECT * FROM changed`,
      [
        changes.map((c) => c.organizationId),
        changes.map((c) => c.ticketId),
        changes.map((c) => c.priority),
        changes.map((c) => c.priorityRank),
        changes.map((c) => c.queueId),
      ],
    )) as {
      organization_id: string;
      id: string;
      version: number;
      queue_id: string;
      store_id: string;
      status: TicketEntity['status'];
      priority: TicketPriority;
      language: string;
      assignee_id: string | null;
      merged_into_id: string | null;
      due_at: Date;
    }[];
    return rows.map(
      (r) =>
        ({
          organizationId: r.organization_id,
          id: r.id,
          version: r.version,
          queueId: r.queue_id,
          storeId: r.store_id,
          status: r.status,
          priority: r.priority,
          language: r.language,
          assigneeId: r.assignee_id,
          mergedIntoId: r.merged_into_id,
          dueAt: r.due_at,
        }) as TicketEntity,
    );
  }

  async appendTimeline(m: EntityManager, rows: TimelineRow[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO ticket_timeline (organization_id, ticket_id, type, actor_type, data)
       SELECT o, t, ty, 'SYSTEM', d FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[]) AS v(o, t, ty, d)`,
      [rows.map((r) => r.organizationId), rows.map((r) => r.ticketId), rows.map((r) => r.type), rows.map((r) => JSON.stringify(r.data))],
    );
  }

  // ---- policies and calendars ----

  policies(organizationId: string): Promise<SlaPolicyEntity[]> {
    return this.db.getRepository(SlaPolicyEntity).find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  policy(m: EntityManager, organizationId: string, id: string): Promise<SlaPolicyEntity | null> {
    return m.getRepository(SlaPolicyEntity).findOneBy({ organizationId, id });
  }

  async policyForScope(m: EntityManager, organizationId: string, storeId: string | null, channel: string | null): Promise<SlaPolicyEntity | null> {
    return m
      .getRepository(SlaPolicyEntity)
      .createQueryBuilder('p')
      .where('p.organization_id = :organizationId', { organizationId })
      .andWhere('p.store_id IS NOT DISTINCT FROM :storeId AND p.channel IS NOT DISTINCT FROM :channel', { storeId, channel })
      .getOne();
  }

  async insertPolicy(m: EntityManager, row: Partial<SlaPolicyEntity>): Promise<string> {
    const saved = await m.getRepository(SlaPolicyEntity).save(m.getRepository(SlaPolicyEntity).create(row));
    return saved.id;
  }

  /** Versioned replace: false when `version` is stale. */
  async updatePolicy(m: EntityManager, organizationId: string, id: string, version: number, row: Pick<SlaPolicyEntity, 'name' | 'storeId' | 'channel' | 'targets'>): Promise<boolean> {
    const rows = (await m.query(
      `WITH changed AS (
         UPDATE sla_policies SET name = $4, store_id = $5, channel = $6, targets = $7, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id)
       SELECT id FROM changed`,
      [organizationId, id, version, row.name, row.storeId, row.channel, JSON.stringify(row.targets)],
    )) as unknown[];
    return rows.length === 1;
  }

  async deletePolicy(organizationId: string, id: string): Promise<boolean> {
    const result = await this.db.getRepository(SlaPolicyEntity).delete({ organizationId, id });
    return (result.affected ?? 0) > 0;
  }

  calendars(organizationId: string): Promise<BusinessCalendarEntity[]> {
    return this.db.getRepository(BusinessCalendarEntity).find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  calendar(m: EntityManager, organizationId: string, id: string): Promise<BusinessCalendarEntity | null> {
    return m.getRepository(BusinessCalendarEntity).findOneBy({ organizationId, id });
  }

  calendarForStore(m: EntityManager, organizationId: string, storeId: string | null): Promise<BusinessCalendarEntity | null> {
    return m
      .getRepository(BusinessCalendarEntity)
      .createQueryBuilder('c')
      .where('c.organization_id = :organizationId AND c.store_id IS NOT DISTINCT FROM :storeId', { organizationId, storeId })
      .getOne();
  }

  async insertCalendar(m: EntityManager, row: Partial<BusinessCalendarEntity>): Promise<string> {
    const saved = await m.getRepository(BusinessCalendarEntity).save(m.getRepository(BusinessCalendarEntity).create(row));
    return saved.id;
  }

  async updateCalendar(m: EntityManager, organizationId: string, id: string, version: number, row: Pick<BusinessCalendarEntity, 'name' | 'storeId' | 'calendar'>): Promise<boolean> {
    const rows = (await m.query(
      `WITH changed AS (
         UPDATE business_calendars SET name = $4, store_id = $5, calendar = $6, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id)
       SELECT id FROM changed`,
      [organizationId, id, version, row.name, row.storeId, JSON.stringify(row.calendar)],
    )) as unknown[];
    return rows.length === 1;
  }

  async lock(m: EntityManager, key: string): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  }

  // ---- Amazon's late response rate ----

  /**
   * A store's buyer messages received since `since`, each with the seller's first reply after it and the
   * first reply by a person (an auto-reply is not a response, DOMAIN.md §1.3). Replies are taken from the
   * whole ticket, as the buyer sees the conversation.
   */
  /** Every buyer message of a store since `since`, with its first reply (DOMAIN.md §1.3, §6); pass the transaction's manager inside one. */
  async buyerMessageFacts(organizationId: string, storeId: string, since: Date, manager: EntityManager = this.db.manager): Promise<BuyerMessageFacts[]> {
    const rows: { id: string; received_at: Date; first_reply_at: Date | null; first_is_auto: boolean | null; first_manual_reply_at: Date | null; no_response_needed: boolean }[] = await manager.query(
      `SELECT i.id, i.sent_at AS received_at, i.no_response_needed, first.sent_at AS first_reply_at, first.is_auto_reply AS first_is_auto,
              (SELECT min(o.sent_at) FROM messages o
                WHERE o.organization_id = i.organization_id AND o.ticket_id = i.ticket_id AND o.direction = 'OUTBOUND'
                  AND NOT o.is_auto_reply AND o.sent_at >= i.sent_at) AS first_manual_reply_at
         FROM messages i
         JOIN tickets t ON t.organization_id = i.organization_id AND t.id = i.ticket_id
         LEFT JOIN LATERAL (
           SELECT o.sent_at, o.is_auto_reply FROM messages o
            WHERE o.organization_id = i.organization_id AND o.ticket_id = i.ticket_id AND o.direction = 'OUTBOUND' AND o.sent_at >= i.sent_at
            ORDER BY o.sent_at LIMIT 1) first ON true
        WHERE i.organization_id = $1 AND i.store_id = $2 AND i.direction = 'INBOUND' AND i.sent_at >= $3
          AND t.channel = 'BUYER_MESSAGE'`,
      [organizationId, storeId, since],
    );
    return rows.map((r) => ({
      messageId: r.id,
      receivedAt: r.received_at.getTime(),
      firstReplyAt: r.first_reply_at?.getTime() ?? null,
      autoReply: r.first_is_auto ?? false,
      firstManualReplyAt: r.first_manual_reply_at?.getTime() ?? null,
      noResponseNeeded: r.no_response_needed,
    }));
  }
}
