import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { OrderRiskFacts, RiskDeadlineKind, RiskReason, RiskReasonCode, RiskSettings } from '@lifeline/domain';
import { DATA_SOURCE } from '../database/database.tokens';
import { TicketEntity } from '../tickets/entities/ticket.entity';
import { OrderRiskEntity } from './entities/order-risk.entity';
import { RiskSettingsEntity } from './entities/risk-settings.entity';

/** An order_risk row as a recompute finds it (locked) before scoring. */
export interface StoredRisk {
  id: string;
  marketplaceOrderId: string;
  /** Inserted by this recompute: nothing was known about the order's risk before. */
  fresh: boolean;
  score: number;
  reasons: RiskReason[];
  nextDeadline: Date | null;
  nextDeadlineKind: RiskDeadlineKind | null;
  inPool: boolean;
  language: string | null;
  orderValueMinor: number;
  currency: string | null;
  claimedBy: string | null;
  resolvedAt: Date | null;
  resolvedCodes: RiskReasonCode[] | null;
  rescoreAt: Date | null;
  version: number;
}

export interface ScoredRisk {
  id: string;
  score: number;
  reasons: RiskReason[];
  nextDeadline: Date | null;
  nextDeadlineKind: RiskDeadlineKind | null;
  inPool: boolean;
  language: string | null;
  orderValueMinor: number;
  currency: string | null;
  rescoreAt: Date | null;
  /** A new reason took the order out of "handled". */
  reopen: boolean;
}

export interface RiskPoolFilter {
  storeId?: string | null;
  language?: string | null;
  reason?: RiskReasonCode | null;
  claimedBy?: string | null;
  unclaimed?: boolean | null;
}

export interface RiskPoolPosition {
  score: number;
  nextDeadline: string | null;
  orderValueMinor: number;
  id: string;
}

/** Messages read per order: the newest ones carry the buyer's current mood, and scoring stays cheap. */
const MESSAGES_PER_ORDER = 30;
const MAX_TEXT = 5_000;

const date = (v: unknown): Date | null => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

const ms = (v: unknown): number | null => date(v)?.getTime() ?? null;

/** The only place the risk pool's SQL lives. Every statement is scoped by organization_id. */
@Injectable()
export class RiskRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /**
   * Makes sure every named order has a row and locks the rows (in one order, so two recomputes of
   * overlapping orders queue instead of deadlocking): a concurrent change to the same order waits here and
   * then reads this one's committed facts, so the last score written is never computed from stale facts.
   */
  async lockOrders(m: EntityManager, organizationId: string, storeId: string, orderIds: readonly string[]): Promise<StoredRisk[]> {
    const inserted: { marketplace_order_id: string }[] = await m.query(
      `INSERT INTO order_risk (organization_id, store_id, marketplace_order_id)
       SELECT $1, $2, x FROM unnest($3::text[]) AS x ORDER BY x
       ON CONFLICT (organization_id, store_id, marketplace_order_id) DO NOTHING
       RETURNING marketplace_order_id`,
      [organizationId, storeId, orderIds],
    );
    const fresh = new Set(inserted.map((r) => r.marketplace_order_id));
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT * FROM order_risk
        WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[])
        ORDER BY marketplace_order_id
          FOR UPDATE`,
      [organizationId, storeId, orderIds],
    );
    return rows.map((r) => ({ ...toEntity(r), fresh: fresh.has(String(r.marketplace_order_id)) }));
  }

  /** Everything the score reads about the named orders of one store, in six indexed queries. */
  async facts(m: EntityManager, organizationId: string, storeId: string, orderIds: readonly string[]): Promise<Map<string, OrderRiskFacts>> {
    const p = [organizationId, storeId, orderIds];
    // One after another: they share the transaction's connection.
    const orders: Record<string, unknown>[] = await m.query(
      `SELECT marketplace_order_id, fulfillment_channel, latest_ship_date, ship_confirmed_at, cancelled_at, promised_delivery_at,
              delivered_at, has_valid_tracking, items
         FROM orders WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[])`,
      p,
    );
    // Removed or struck-through feedback has left the rating and ODR (DOMAIN.md §1.5).
    const feedback: Record<string, unknown>[] = await m.query(
      `SELECT marketplace_order_id, rating FROM seller_feedback
          WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[]) AND removed_at IS NULL AND NOT struck_through`,
      p,
    );
    // Fraud chargebacks are Amazon's to bear and no ODR defect (DOMAIN.md §1.1, §1.7).
    const claims: Record<string, unknown>[] = await m.query(
      `SELECT marketplace_order_id, kind, opened_at, CASE WHEN case_status = 'OPEN' THEN respond_by END AS respond_by FROM claims
          WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[]) AND status = 'OPEN'
          AND (kind = 'A_TO_Z' OR chargeback_type IS DISTINCT FROM 'FRAUD')`,
      p,
    );
    const returns: Record<string, unknown>[] = await m.query(
      `SELECT marketplace_order_id, requested_at, resolved_at FROM return_requests
          WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[]) AND fulfillment_channel = 'MFN'`,
      p,
    );
    // The buyer's own conversations only: claim, chargeback and feedback tickets carry the marketplace's
    // notice (its words would read as the buyer threatening a claim); those facts come from their own tables.
    const tickets: Record<string, unknown>[] = await m.query(
      `SELECT id, marketplace_order_id, language, status, created_at FROM tickets
          WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[]) AND merged_into_id IS NULL
            AND channel IN ('BUYER_MESSAGE', 'RETURN_REQUEST')`,
      p,
    );
    const ticketIds = tickets.map((t) => String(t.id));
    const messages: Record<string, unknown>[] = ticketIds.length
      ? await m.query(
          `SELECT ticket_id, direction, subject, left(body, ${MAX_TEXT}) AS body, language, sent_at, no_response_needed, is_auto_reply, delivery_status
             FROM (SELECT m.*, row_number() OVER (PARTITION BY m.ticket_id ORDER BY m.sent_at DESC) AS n
                     FROM messages m WHERE m.organization_id = $1 AND m.ticket_id = ANY($2::uuid[])) x
            WHERE n <= ${MESSAGES_PER_ORDER}
            ORDER BY sent_at`,
          [organizationId, ticketIds],
        )
      : [];

    type Mutable = { -readonly [K in keyof OrderRiskFacts]: OrderRiskFacts[K] extends readonly (infer T)[] ? T[] : OrderRiskFacts[K] };
    const out = new Map<string, Mutable>();
    const entry = (id: string): Mutable => {
      let e = out.get(id);
      if (!e) {
        e = { order: null, feedbackRating: null, openClaims: [], returns: [], tickets: [], messages: [] };
        out.set(id, e);
      }
      return e;
    };
    for (const id of orderIds) entry(id);
    for (const o of orders) {
      entry(String(o.marketplace_order_id)).order = {
        fulfillmentChannel: o.fulfillment_channel as 'MFN' | 'AFN',
        latestShipDate: ms(o.latest_ship_date),
        shipConfirmedAt: ms(o.ship_confirmed_at),
        cancelledAt: ms(o.cancelled_at),
        promisedDeliveryAt: ms(o.promised_delivery_at),
        deliveredAt: ms(o.delivered_at),
        hasValidTracking: Boolean(o.has_valid_tracking),
        items: ((o.items as { price?: number | null; currency?: string | null }[] | null) ?? []).map((i) => ({ price: i.price ?? null, currency: i.currency ?? null })),
      };
    }
    for (const f of feedback) entry(String(f.marketplace_order_id)).feedbackRating = Number(f.rating);
    // The case's own deadline while it waits for the desk's response (claims module, DOMAIN.md §1.6–§1.7).
    for (const c of claims) {
      entry(String(c.marketplace_order_id)).openClaims.push({ kind: c.kind as 'A_TO_Z' | 'CHARGEBACK', openedAt: ms(c.opened_at)!, respondBy: ms(c.respond_by) });
    }
    for (const r of returns) entry(String(r.marketplace_order_id)).returns.push({ requestedAt: ms(r.requested_at)!, handledAt: ms(r.resolved_at) });
    const orderOfTicket = new Map<string, string>();
    for (const t of tickets) {
      orderOfTicket.set(String(t.id), String(t.marketplace_order_id));
      entry(String(t.marketplace_order_id)).tickets.push({ id: String(t.id), language: String(t.language), status: String(t.status), createdAt: ms(t.created_at)! });
    }
    for (const x of messages) {
      entry(orderOfTicket.get(String(x.ticket_id))!).messages.push({
        ticketId: String(x.ticket_id),
        direction: x.direction as 'INBOUND' | 'OUTBOUND',
        text: `${String(x.subject)}\n${String(x.body)}`,
        language: String(x.language),
        sentAt: ms(x.sent_at)!,
        noResponseNeeded: Boolean(x.no_response_needed),
        isAutoReply: Boolean(x.is_auto_reply),
        failed: x.delivery_status === 'FAILED',
      });
    }
    return out;
  }

  /** Writes new scores in one statement; a reopened order also loses its "handled" mark. Returns the versions. */
  async saveScores(m: EntityManager, organizationId: string, rows: readonly ScoredRisk[]): Promise<Map<string, number>> {
    if (rows.length === 0) return new Map();
    const out: { id: string; version: number }[] = await m.query(
      `WITH x AS (UPDATE order_risk t
          SET score = r.score, reasons = r.reasons, next_deadline = r.next_deadline, next_deadline_kind = r.next_deadline_kind,
              in_pool = r.in_pool, language = r.language, order_value_minor = r.order_value_minor, currency = r.currency,
              rescore_at = r.rescore_at, computed_at = now(),
              resolved_at = CASE WHEN r.reopen THEN NULL ELSE t.resolved_at END,
              resolved_by = CASE WHEN r.reopen THEN NULL ELSE t.resolved_by END,
              resolution_note = CASE WHEN r.reopen THEN NULL ELSE t.resolution_note END,
              resolved_codes = CASE WHEN r.reopen THEN NULL ELSE t.resolved_codes END,
              version = t.version + CASE WHEN r.reopen THEN 1 ELSE 0 END
         FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, score smallint, reasons jsonb, next_deadline timestamptz, next_deadline_kind text,
                                                 in_pool boolean, language text, order_value_minor bigint, currency text, rescore_at timestamptz, reopen boolean)
        WHERE t.organization_id = $1 AND t.id = r.id
        RETURNING t.id, t.version)
       SELECT * FROM x`,
      [
        organizationId,
        JSON.stringify(
          rows.map((r) => ({
            ...r,
            next_deadline: r.nextDeadline?.toISOString() ?? null,
            next_deadline_kind: r.nextDeadlineKind,
            in_pool: r.inPool,
            order_value_minor: r.orderValueMinor,
            rescore_at: r.rescoreAt?.toISOString() ?? null,
          })),
        ),
      ],
    );
    return new Map(out.map((r) => [r.id, Number(r.version)]));
  }

  /**
   * Orders whose score time alone changes now (libs/domain nextRiskRescoreAt), across organisations, locked
   * so that two API processes sweeping at once take different rows.
   */
  async dueForRescore(m: EntityManager, now: number, limit: number): Promise<{ organization_id: string; store_id: string; marketplace_order_id: string }[]> {
    return m.query(
      `SELECT organization_id, store_id, marketplace_order_id FROM order_risk
        WHERE rescore_at <= $1 ORDER BY rescore_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [new Date(now).toISOString(), limit],
    );
  }

  /** The organisation's scored orders in key order, a page at a time (rescoring after a settings change). */
  orderKeys(organizationId: string, after: { storeId: string; orderId: string } | null, limit: number): Promise<{ store_id: string; marketplace_order_id: string }[]> {
    return this.db.query(
      `SELECT store_id, marketplace_order_id FROM order_risk
        WHERE organization_id = $1 ${after ? 'AND (store_id, marketplace_order_id) > ($3::uuid, $4::text)' : ''}
        ORDER BY store_id, marketplace_order_id LIMIT $2`,
      after ? [organizationId, limit, after.storeId, after.orderId] : [organizationId, limit],
    );
  }

  async settings(organizationId: string, m: EntityManager | DataSource = this.db): Promise<RiskSettingsEntity | null> {
    return m.getRepository(RiskSettingsEntity).findOneBy({ organizationId });
  }

  /**
   * Saves settings when `version` is the one stored (1 = the defaults, never saved yet); null when stale.
   */
  async saveSettings(m: EntityManager, organizationId: string, version: number, settings: RiskSettings, userId: string): Promise<RiskSettingsEntity | null> {
    const rows: Record<string, unknown>[] =
      version === 1
        ? await m.query(
            `INSERT INTO risk_settings AS s (organization_id, settings, version, updated_by) VALUES ($1, $2, 2, $3)
             ON CONFLICT (organization_id) DO UPDATE SET settings = EXCLUDED.settings, version = s.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()
              WHERE s.version = 1
             RETURNING organization_id`,
            [organizationId, JSON.stringify(settings), userId],
          )
        : await m.query(
            `WITH x AS (UPDATE risk_settings SET settings = $2, version = version + 1, updated_by = $4, updated_at = now()
                         WHERE organization_id = $1 AND version = $3 RETURNING organization_id)
             SELECT * FROM x`,
            [organizationId, JSON.stringify(settings), version, userId],
          );
    return rows.length ? this.settings(organizationId, m) : null;
  }

  byId(organizationId: string, id: string, m: EntityManager | DataSource = this.db): Promise<OrderRiskEntity | null> {
    return m.getRepository(OrderRiskEntity).findOneBy({ organizationId, id });
  }

  byOrder(organizationId: string, storeId: string, marketplaceOrderId: string): Promise<OrderRiskEntity | null> {
    return this.db.getRepository(OrderRiskEntity).findOneBy({ organizationId, storeId, marketplaceOrderId });
  }

  /** One page of the pool in pool order (libs/domain risk/pool-order.ts), keyset after `after`. */
  async pool(organizationId: string, filter: RiskPoolFilter, first: number, after?: RiskPoolPosition): Promise<OrderRiskEntity[]> {
    const params: unknown[] = [organizationId];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where = ['r.organization_id = $1', 'r.in_pool'];
    if (filter.storeId) where.push(`r.store_id = ${p(filter.storeId)}`);
    if (filter.language) where.push(`r.language = ${p(filter.language)}`);
    if (filter.reason) where.push(`r.reasons @> jsonb_build_array(jsonb_build_object('code', ${p(filter.reason)}::text))`);
    if (filter.claimedBy) where.push(`r.claimed_by = ${p(filter.claimedBy)}`);
    if (filter.unclaimed) where.push('r.claimed_by IS NULL');
    if (after) {
      const s = p(after.score);
      const tail = `(r.order_value_minor < ${p(after.orderValueMinor)} OR (r.order_value_minor = $${params.length} AND r.id > ${p(after.id)}::uuid))`;
      const deadline =
        after.nextDeadline === null
          ? `(r.next_deadline IS NULL AND ${tail})`
          : `(r.next_deadline > ${p(after.nextDeadline)}::timestamptz OR r.next_deadline IS NULL OR (r.next_deadline = $${params.length}::timestamptz AND ${tail}))`;
      where.push(`(r.score < ${s} OR (r.score = ${s} AND ${deadline}))`);
    }
    return this.db.query(
      `SELECT r.* FROM order_risk r WHERE ${where.join(' AND ')}
        ORDER BY r.score DESC, r.next_deadline ASC NULLS LAST, r.order_value_minor DESC, r.id
        LIMIT ${p(first + 1)}`,
      params,
    ).then((rows: Record<string, unknown>[]) => rows.map(toEntity));
  }

  /** The open and closed tickets about each order (not merged-away ones), oldest first. */
  async ticketsOfOrders(organizationId: string, orders: readonly { storeId: string; marketplaceOrderId: string }[]): Promise<TicketEntity[]> {
    if (orders.length === 0) return [];
    const picked: { id: string }[] = await this.db.query(
      `SELECT t.id FROM tickets t
         JOIN unnest($2::uuid[], $3::text[]) AS o(store_id, order_id) ON t.store_id = o.store_id AND t.marketplace_order_id = o.order_id
        WHERE t.organization_id = $1 AND t.merged_into_id IS NULL`,
      [organizationId, orders.map((o) => o.storeId), orders.map((o) => o.marketplaceOrderId)],
    );
    if (picked.length === 0) return [];
    return this.db.getRepository(TicketEntity).find({ where: { organizationId, id: In(picked.map((r) => r.id)) }, order: { createdAt: 'ASC' } });
  }

  /**
   * The conditional UPDATEs behind claim, release, resolve and reopen: they change the row only when its
   * version is the one the caller read and `guard` holds; null otherwise (the caller reads why).
   */
  async conditionalUpdate(
    m: EntityManager,
    organizationId: string,
    id: string,
    version: number,
    set: string,
    guard: string,
    params: unknown[] = [],
  ): Promise<OrderRiskEntity | null> {
    const rows: Record<string, unknown>[] = await m.query(
      `WITH x AS (UPDATE order_risk SET ${set}, version = version + 1
                   WHERE organization_id = $1 AND id = $2 AND version = $3 AND ${guard} RETURNING *)
       SELECT * FROM x`,
      [organizationId, id, version, ...params],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }
}

/** A raw order_risk row (snake_case) as the entity. */
function toEntity(r: Record<string, unknown>): OrderRiskEntity {
  return {
    organizationId: String(r.organization_id),
    id: String(r.id),
    storeId: String(r.store_id),
    marketplaceOrderId: String(r.marketplace_order_id),
    score: Number(r.score),
    reasons: r.reasons as RiskReason[],
    nextDeadline: date(r.next_deadline),
    nextDeadlineKind: (r.next_deadline_kind as RiskDeadlineKind | null) ?? null,
    inPool: Boolean(r.in_pool),
    language: (r.language as string | null) ?? null,
    orderValueMinor: Number(r.order_value_minor),
    currency: (r.currency as string | null) ?? null,
    claimedBy: (r.claimed_by as string | null) ?? null,
    claimedAt: date(r.claimed_at),
    resolvedAt: date(r.resolved_at),
    resolvedBy: (r.resolved_by as string | null) ?? null,
    resolutionNote: (r.resolution_note as string | null) ?? null,
    resolvedCodes: (r.resolved_codes as RiskReasonCode[] | null) ?? null,
    rescoreAt: date(r.rescore_at),
    version: Number(r.version),
    computedAt: date(r.computed_at)!,
  };
}
