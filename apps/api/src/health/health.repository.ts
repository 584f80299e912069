import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DAY_MS,
  type ClaimFacts,
  type EpochMs,
  type FeedbackFacts,
  type FulfillmentChannel,
  type HealthThresholdOverrides,
  type OdrInput,
  type OrderFacts,
  type ReturnRequestFacts,
  type TimeWindow,
} from '@lifeline/domain';
import { DATA_SOURCE } from '../database/database.tokens';
import type { AmazonFigureRecord } from './entities/amazon-performance-report.entity';
import { AmazonPerformanceReportEntity } from './entities/amazon-performance-report.entity';

/** ODR tallies of one channel: orders purchased in the window and those with each kind of defect. */
export interface OdrTally {
  orders: number;
  defective: number;
  negativeFeedback: number;
  aToZ: number;
  chargeback: number;
}

export interface MetricStateRow {
  metric_key: string;
  fulfillment_channel: string;
  value: number | null;
  numerator: number;
  denominator: number;
  status: string;
}

export interface SnapshotRow extends MetricStateRow {
  warning_at: number | null;
  red_line: number | null;
}

export interface AlertRow {
  id: string;
  store_id: string;
  metric_key: string;
  fulfillment_channel: string;
  level: 'WARNING' | 'BREACH';
  previous_status: string;
  value: number | null;
  numerator: number;
  denominator: number;
  line: number | null;
  created_at: Date;
}

/**
 * One row per ODR defect (negative feedback, A-to-z claim, chargeback) standing at `$5`, for the store `$1`/`$2`
 * with negative feedback at `$8` stars or fewer. Shared by the tallies and the orders behind the numerator,
 * so the list and the count cannot disagree; the rules mirror `isNegativeFeedbackDefect` and `isClaimDefect`.
 */
const ODR_DEFECTS_SQL = `
         SELECT marketplace_order_id, 1 AS nf, 0 AS az, 0 AS cb FROM seller_feedback
          WHERE organization_id = $1 AND store_id = $2 AND rating <= $8 AND left_at <= $5
            AND NOT struck_through AND (removed_at IS NULL OR removed_at > $5)
         UNION ALL
         SELECT marketplace_order_id, 0, (kind = 'A_TO_Z')::int, (kind = 'CHARGEBACK')::int FROM claims
          WHERE organization_id = $1 AND store_id = $2 AND opened_at <= $5
            AND NOT (kind = 'CHARGEBACK' AND chargeback_type IS NOT DISTINCT FROM 'FRAUD')
            AND NOT (kind = 'A_TO_Z' AND buy_shipping_protected)
            AND NOT (decision IS NOT NULL AND decision IN ('DECIDED_FOR_SELLER', 'WITHDRAWN') AND (decided_at IS NULL OR decided_at <= $5))`;

/** Which ODR numerator to list: the whole rate or one component. */
export type OdrComponent = 'ODR' | 'NEGATIVE_FEEDBACK' | 'A_TO_Z' | 'CHARGEBACK';

export interface DefectiveOrderRow {
  marketplace_order_id: string;
  purchased_at: Date;
  fulfillment_channel: FulfillmentChannel;
  nf: boolean;
  az: boolean;
  cb: boolean;
}

const iso = (ms: EpochMs) => new Date(ms).toISOString();
const ms = (d: Date | string | null): EpochMs | null => (d === null ? null : new Date(d).getTime());

/** The whole UTC days inside [start, end), and the partial edges either side (counted row by row). */
function splitDays(window: TimeWindow): { fullFrom: EpochMs; fullTo: EpochMs } | null {
  const fullFrom = Math.ceil(window.start / DAY_MS) * DAY_MS;
  const fullTo = Math.floor(window.end / DAY_MS) * DAY_MS;
  return fullFrom < fullTo ? { fullFrom, fullTo } : null;
}

/**
 * The only place account-health figures are read from and written to PostgreSQL. Every statement is scoped
 * by organisation (and store).
 */
@Injectable()
export class HealthRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  /**
   * ODR numerator and denominator per channel in one round trip. Rules mirror `isNegativeFeedbackDefect` and
   * `isClaimDefect` in libs/domain (DOMAIN.md §1.1, §1.5–§1.7); test/e2e/health-sql-parity.e2e-spec.ts
   * proves both give the same counts. The denominator sums `order_day_counts` for whole days and counts
   * only the two partial edge days in `orders`.
   */
  async odrTallies(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    window: TimeWindow,
    asOf: EpochMs,
    negativeFeedbackMaxStars: number,
  ): Promise<Record<FulfillmentChannel, OdrTally>> {
    const full = splitDays(window);
    const denominatorSql = full
      ? `SELECT fulfillment_channel AS ch, sum(orders)::int AS n FROM order_day_counts
          WHERE organization_id = $1 AND store_id = $2 AND day >= $6::timestamptz::date AND day < $7::timestamptz::date
          GROUP BY 1
         UNION ALL
         SELECT fulfillment_channel, count(*)::int FROM orders
          WHERE organization_id = $1 AND store_id = $2 AND purchased_at <= $5
            AND ((purchased_at >= $3 AND purchased_at < $6) OR (purchased_at >= $7 AND purchased_at < $4))
          GROUP BY 1`
      : `SELECT fulfillment_channel AS ch, count(*)::int AS n FROM orders
          WHERE organization_id = $1 AND store_id = $2 AND purchased_at >= $3 AND purchased_at < $4 AND purchased_at <= $5
            AND $6::timestamptz IS NULL AND $7::timestamptz IS NULL
          GROUP BY 1`;
    const rows: { ch: FulfillmentChannel; n: number; defective: number; nf: number; az: number; cb: number }[] = await manager.query(
      `WITH denominators AS (${denominatorSql}),
       defects AS (${ODR_DEFECTS_SQL}),
       defective_orders AS (
         SELECT o.fulfillment_channel AS ch, max(d.nf) AS nf, max(d.az) AS az, max(d.cb) AS cb
           FROM defects d
           JOIN orders o ON o.organization_id = $1 AND o.store_id = $2 AND o.marketplace_order_id = d.marketplace_order_id
          WHERE o.purchased_at >= $3 AND o.purchased_at < $4 AND o.purchased_at <= $5
          GROUP BY o.id, o.fulfillment_channel
       )
       SELECT c.ch,
              COALESCE((SELECT sum(n)::int FROM denominators WHERE ch = c.ch), 0) AS n,
              (SELECT count(*)::int FROM defective_orders WHERE ch = c.ch) AS defective,
              (SELECT COALESCE(sum(nf), 0)::int FROM defective_orders WHERE ch = c.ch) AS nf,
              (SELECT COALESCE(sum(az), 0)::int FROM defective_orders WHERE ch = c.ch) AS az,
              (SELECT COALESCE(sum(cb), 0)::int FROM defective_orders WHERE ch = c.ch) AS cb
         FROM (VALUES ('MFN'), ('AFN')) AS c(ch)`,
      [
        organizationId,
        storeId,
        iso(window.start),
        iso(window.end),
        iso(asOf),
        full ? iso(full.fullFrom) : null,
        full ? iso(full.fullTo) : null,
        negativeFeedbackMaxStars,
      ],
    );
    const out = {} as Record<FulfillmentChannel, OdrTally>;
    for (const r of rows) {
      out[r.ch] = { orders: r.n, defective: r.defective, negativeFeedback: r.nf, aToZ: r.az, chargeback: r.cb };
    }
    return out;
  }

  /**
   * Orders counted in ODR (or one component) for a channel, newest purchase first, keyset after
   * (purchasedAt, orderId). Same window and defect rules as `odrTallies`.
   */
  defectiveOrdersPage(
    organizationId: string,
    storeId: string,
    window: TimeWindow,
    asOf: EpochMs,
    negativeFeedbackMaxStars: number,
    channel: FulfillmentChannel | null,
    component: OdrComponent,
    limit: number,
    after?: { purchasedAt: string; orderId: string },
  ): Promise<DefectiveOrderRow[]> {
    return this.db.query(
      `WITH defects AS (${ODR_DEFECTS_SQL})
       SELECT o.marketplace_order_id, o.purchased_at, o.fulfillment_channel,
              bool_or(d.nf = 1) AS nf, bool_or(d.az = 1) AS az, bool_or(d.cb = 1) AS cb
         FROM defects d
         JOIN orders o ON o.organization_id = $1 AND o.store_id = $2 AND o.marketplace_order_id = d.marketplace_order_id
        WHERE o.purchased_at >= $3 AND o.purchased_at < $4 AND o.purchased_at <= $5
          AND ($6::text IS NULL OR o.fulfillment_channel = $6::text)
          AND ($10::timestamptz IS NULL OR (o.purchased_at, o.marketplace_order_id) < ($10::timestamptz, $11::text))
        GROUP BY o.id, o.marketplace_order_id, o.purchased_at, o.fulfillment_channel
       HAVING $7::text = 'ODR' OR ($7::text = 'NEGATIVE_FEEDBACK' AND bool_or(d.nf = 1))
           OR ($7::text = 'A_TO_Z' AND bool_or(d.az = 1)) OR ($7::text = 'CHARGEBACK' AND bool_or(d.cb = 1))
        ORDER BY o.purchased_at DESC, o.marketplace_order_id DESC
        LIMIT $9`,
      [
        organizationId,
        storeId,
        iso(window.start),
        iso(window.end),
        iso(asOf),
        channel,
        component,
        negativeFeedbackMaxStars,
        limit,
        after?.purchasedAt ?? null,
        after?.orderId ?? null,
      ],
    );
  }

  /** Ticket ids per order id (newest first), for the "tickets about this order" links. */
  async ticketIdsByOrder(organizationId: string, storeId: string, orderIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (orderIds.length === 0) return out;
    const rows: { marketplace_order_id: string; id: string }[] = await this.db.query(
      `SELECT marketplace_order_id, id FROM tickets
        WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[])
        ORDER BY created_at DESC, id DESC`,
      [organizationId, storeId, orderIds],
    );
    for (const r of rows) out.set(r.marketplace_order_id, [...(out.get(r.marketplace_order_id) ?? []), r.id]);
    return out;
  }

  /** Seller-fulfilled orders any shipping metric window may hold (DOMAIN.md §1.2): by ship-by, purchase or promised date. */
  async shippingFacts(manager: EntityManager, organizationId: string, storeId: string, from: EpochMs, asOf: EpochMs): Promise<OrderFacts[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT marketplace_order_id, purchased_at, fulfillment_channel, latest_ship_date, ship_confirmed_at, cancelled_at, cancelled_by,
              promised_delivery_at, delivered_at, has_valid_tracking
         FROM orders
        WHERE organization_id = $1 AND store_id = $2 AND fulfillment_channel = 'MFN' AND purchased_at <= $4
          AND (purchased_at >= $3 OR latest_ship_date >= $3 OR promised_delivery_at >= $3)`,
      [organizationId, storeId, iso(from), iso(asOf)],
    );
    return rows.map(toOrderFacts);
  }

  /** Orders purchased in [start, end) with their feedback and claims: the domain's ODR input. */
  async odrFacts(manager: EntityManager, organizationId: string, storeId: string, window: TimeWindow): Promise<OdrInput> {
    const params = [organizationId, storeId, iso(window.start), iso(window.end)];
    const orders: Record<string, unknown>[] = await manager.query(
      `SELECT marketplace_order_id, purchased_at, fulfillment_channel, latest_ship_date, ship_confirmed_at, cancelled_at, cancelled_by,
              promised_delivery_at, delivered_at, has_valid_tracking
         FROM orders WHERE organization_id = $1 AND store_id = $2 AND purchased_at >= $3 AND purchased_at < $4`,
      params,
    );
    const feedback: Record<string, unknown>[] = await manager.query(
      `SELECT f.marketplace_order_id, f.rating, f.left_at, f.removed_at, f.struck_through FROM seller_feedback f
         JOIN orders o ON o.organization_id = f.organization_id AND o.store_id = f.store_id AND o.marketplace_order_id = f.marketplace_order_id
        WHERE f.organization_id = $1 AND f.store_id = $2 AND o.purchased_at >= $3 AND o.purchased_at < $4`,
      params,
    );
    const claims: Record<string, unknown>[] = await manager.query(
      `SELECT c.marketplace_order_id, c.kind, c.opened_at, c.status, c.decision, c.decided_at, c.buy_shipping_protected, c.chargeback_type
         FROM claims c
         JOIN orders o ON o.organization_id = c.organization_id AND o.store_id = c.store_id AND o.marketplace_order_id = c.marketplace_order_id
        WHERE c.organization_id = $1 AND c.store_id = $2 AND o.purchased_at >= $3 AND o.purchased_at < $4`,
      params,
    );
    return {
      orders: orders.map(toOrderFacts),
      feedback: feedback.map(
        (r): FeedbackFacts => ({
          orderId: r.marketplace_order_id as string,
          rating: Number(r.rating),
          leftAt: ms(r.left_at as Date)!,
          removedAt: ms(r.removed_at as Date | null),
          struckThrough: r.struck_through as boolean,
        }),
      ),
      claims: claims.map(
        (r): ClaimFacts => ({
          orderId: r.marketplace_order_id as string,
          kind: r.kind as ClaimFacts['kind'],
          openedAt: ms(r.opened_at as Date)!,
          status: r.status as ClaimFacts['status'],
          decision: r.decision as ClaimFacts['decision'],
          decidedAt: ms(r.decided_at as Date | null),
          buyShippingProtected: r.buy_shipping_protected as boolean,
          chargebackType: (r.chargeback_type as 'SERVICE' | 'FRAUD' | null) ?? undefined,
        }),
      ),
    };
  }

  /**
   * Seller-answered return requests in [start, end) (DOMAIN.md §1.3 RDR). FBA returns are Amazon's to answer
   * (§2.3), so they stay out.
   */
  async returnFacts(manager: EntityManager, organizationId: string, storeId: string, window: TimeWindow): Promise<ReturnRequestFacts[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT marketplace_return_id, marketplace_order_id, requested_at, resolved_at, resolution, in_policy, negative_return_feedback
         FROM return_requests
        WHERE organization_id = $1 AND store_id = $2 AND fulfillment_channel = 'MFN' AND requested_at >= $3 AND requested_at < $4`,
      [organizationId, storeId, iso(window.start), iso(window.end)],
    );
    return rows.map((r) => ({
      returnId: r.marketplace_return_id as string,
      orderId: r.marketplace_order_id as string,
      requestedAt: ms(r.requested_at as Date)!,
      // Authorise, refund, close or reject: the first answer stops the 48-hour clock (DOMAIN.md §1.3). Amazon's
      // returns report gives a status but no time [U]: an answer of unknown time is taken as in time.
      firstActionAt: r.resolution ? (ms(r.resolved_at as Date | null) ?? ms(r.requested_at as Date)) : null,
      negativeReturnFeedback: r.negative_return_feedback as boolean,
      rejected: r.resolution === 'REJECTED',
      inPolicy: r.in_policy as boolean,
    }));
  }

  latestPerformanceReport(manager: EntityManager, organizationId: string, storeId: string): Promise<AmazonPerformanceReportEntity | null> {
    return manager.getRepository(AmazonPerformanceReportEntity).findOne({
      where: { organizationId, storeId },
      order: { importedAt: 'DESC', id: 'DESC' },
    });
  }

  /** Stores a performance report once per content; false when this exact file was imported before. */
  async insertPerformanceReport(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    report: { contentSha256: string; figures: AmazonFigureRecord[]; ahrScore: number | null; ahrStatus: string | null },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO amazon_performance_reports (organization_id, store_id, content_sha256, figures, ahr_score, ahr_status)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (organization_id, store_id, content_sha256) DO NOTHING RETURNING id`,
      [organizationId, storeId, report.contentSha256, JSON.stringify(report.figures), report.ahrScore, report.ahrStatus],
    );
    return rows.length > 0;
  }

  async insertAccountStatusNotices(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    notices: { noticeKey: string; marketplaceId: string | null; status: string; previousStatus: string | null; source: string; receivedAt: EpochMs }[],
  ): Promise<number> {
    if (notices.length === 0) return 0;
    const rows: unknown[] = await manager.query(
      `INSERT INTO account_status_notices (organization_id, store_id, notice_key, marketplace_id, status, previous_status, source, received_at)
       SELECT $1, $2, n.notice_key, n.marketplace_id, n.status, n.previous_status, n.source, n.received_at
         FROM jsonb_to_recordset($3::jsonb) AS n(notice_key text, marketplace_id text, status text, previous_status text, source text, received_at timestamptz)
       ON CONFLICT (organization_id, store_id, notice_key) DO NOTHING RETURNING id`,
      [
        organizationId,
        storeId,
        JSON.stringify(
          notices.map((n) => ({
            notice_key: n.noticeKey,
            marketplace_id: n.marketplaceId,
            status: n.status,
            previous_status: n.previousStatus,
            source: n.source,
            received_at: iso(n.receivedAt),
          })),
        ),
      ],
    );
    return rows.length;
  }

  async latestAccountStatus(manager: EntityManager, organizationId: string, storeId: string): Promise<{ status: string; received_at: Date } | null> {
    const rows: { status: string; received_at: Date }[] = await manager.query(
      `SELECT status, received_at FROM account_status_notices WHERE organization_id = $1 AND store_id = $2
        ORDER BY received_at DESC, created_at DESC LIMIT 1`,
      [organizationId, storeId],
    );
    return rows[0] ?? null;
  }

  /** Serialises recomputes of one store, so a crossing is seen (and alerted) by exactly one transaction. */
  async lockStore(manager: EntityManager, organizationId: string, storeId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`health:${organizationId}:${storeId}`]);
  }

  states(manager: EntityManager, organizationId: string, storeId: string): Promise<MetricStateRow[]> {
    return manager.query(
      `SELECT metric_key, fulfillment_channel, value, numerator, denominator, status FROM health_metric_states
        WHERE organization_id = $1 AND store_id = $2`,
      [organizationId, storeId],
    );
  }

  async saveStates(manager: EntityManager, organizationId: string, storeId: string, rows: readonly MetricStateRow[], at: EpochMs): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO health_metric_states AS s (organization_id, store_id, metric_key, fulfillment_channel, value, numerator, denominator, status, computed_at)
       SELECT $1, $2, r.metric_key, r.fulfillment_channel, r.value, r.numerator, r.denominator, r.status, $4
         FROM jsonb_to_recordset($3::jsonb) AS r(metric_key text, fulfillment_channel text, value double precision, numerator int, denominator int, status text)
       ON CONFLICT (organization_id, store_id, metric_key, fulfillment_channel) DO UPDATE
          SET value = EXCLUDED.value, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
              status = EXCLUDED.status, computed_at = EXCLUDED.computed_at`,
      [organizationId, storeId, JSON.stringify(rows), iso(at)],
    );
  }

  /** The day's snapshot of each metric; a later recompute the same UTC day replaces it. */
  async saveSnapshots(manager: EntityManager, organizationId: string, storeId: string, day: string, rows: readonly SnapshotRow[], at: EpochMs): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO health_snapshots AS s (organization_id, store_id, metric_key, fulfillment_channel, day, value, numerator, denominator, status, warning_at, red_line, taken_at)
       SELECT $1, $2, r.metric_key, r.fulfillment_channel, $3::date, r.value, r.numerator, r.denominator, r.status, r.warning_at, r.red_line, $5
         FROM jsonb_to_recordset($4::jsonb) AS r(metric_key text, fulfillment_channel text, value double precision, numerator int, denominator int,
                                                status text, warning_at double precision, red_line double precision)
       ON CONFLICT (organization_id, store_id, metric_key, fulfillment_channel, day) DO UPDATE
          SET value = EXCLUDED.value, numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, status = EXCLUDED.status,
              warning_at = EXCLUDED.warning_at, red_line = EXCLUDED.red_line, taken_at = EXCLUDED.taken_at`,
      [organizationId, storeId, day, JSON.stringify(rows), iso(at)],
    );
  }

  /** Many days at once (the demo seed's history), one statement. */
  async saveSnapshotHistory(manager: EntityManager, organizationId: string, storeId: string, rows: readonly (SnapshotRow & { day: string; taken_at: string })[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO health_snapshots (organization_id, store_id, metric_key, fulfillment_channel, day, value, numerator, denominator, status, warning_at, red_line, taken_at)
       SELECT $1, $2, r.metric_key, r.fulfillment_channel, r.day, r.value, r.numerator, r.denominator, r.status, r.warning_at, r.red_line, r.taken_at
         FROM jsonb_to_recordset($3::jsonb) AS r(metric_key text, fulfillment_channel text, day date, value double precision, numerator int, denominator int,
                                                status text, warning_at double precision, red_line double precision, taken_at timestamptz)
       ON CONFLICT (organization_id, store_id, metric_key, fulfillment_channel, day) DO NOTHING`,
      [organizationId, storeId, JSON.stringify(rows)],
    );
  }

  trend(
    organizationId: string,
    storeId: string,
    metricKey: string,
    channel: string,
    fromDay: string,
    toDay: string,
  ): Promise<(SnapshotRow & { day: string })[]> {
    return this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, metric_key, fulfillment_channel, value, numerator, denominator, status, warning_at, red_line
         FROM health_snapshots
        WHERE organization_id = $1 AND store_id = $2 AND metric_key = $3 AND fulfillment_channel = $4 AND day >= $5::date AND day <= $6::date
        ORDER BY day`,
      [organizationId, storeId, metricKey, channel, fromDay, toDay],
    );
  }

  async insertAlert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    alert: Omit<AlertRow, 'id' | 'store_id' | 'created_at'>,
  ): Promise<AlertRow> {
    const rows: AlertRow[] = await manager.query(
      `INSERT INTO health_alerts (organization_id, store_id, metric_key, fulfillment_channel, level, previous_status, value, numerator, denominator, line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING id, store_id, metric_key, fulfillment_channel, level, previous_status, value, numerator, denominator, line, created_at`,
      [
        organizationId,
        storeId,
        alert.metric_key,
        alert.fulfillment_channel,
        alert.level,
        alert.previous_status,
        alert.value,
        alert.numerator,
        alert.denominator,
        alert.line,
      ],
    );
    return rows[0]!;
  }

  /** Newest first, keyset on (created_at, id), never OFFSET. */
  alertsPage(organizationId: string, storeId: string, first: number, after?: { createdAt: string; id: string }): Promise<AlertRow[]> {
    const params: unknown[] = [organizationId, storeId, first + 1];
    let keyset = '';
    if (after) {
      params.push(after.createdAt, after.id);
      keyset = 'AND (created_at, id) < ($4::timestamptz, $5::uuid)';
    }
    return this.db.query(
      `SELECT id, store_id, metric_key, fulfillment_channel, level, previous_status, value, numerator, denominator, line, created_at
         FROM health_alerts WHERE organization_id = $1 AND store_id = $2 ${keyset}
        ORDER BY created_at DESC, id DESC LIMIT $3`,
      params,
    );
  }

  /** The store's operations owners: the organisation's active admins (ARCHITECTURE.md "Operations owner / admin"). */
  operationsOwners(manager: EntityManager, organizationId: string): Promise<{ id: string; email: string; name: string }[]> {
    return manager.query(
      `SELECT id, email, name FROM users WHERE organization_id = $1 AND role = 'ADMIN' AND is_active ORDER BY email`,
      [organizationId],
    );
  }

  /** The store's edited lines (empty: DOMAIN.md defaults) and their version (0: never edited). */
  async thresholdSettings(manager: EntityManager, organizationId: string, storeId: string): Promise<{ overrides: HealthThresholdOverrides; version: number }> {
    const rows: { overrides: HealthThresholdOverrides; version: number }[] = await manager.query(
      `SELECT overrides, version FROM health_threshold_settings WHERE organization_id = $1 AND store_id = $2`,
      [organizationId, storeId],
    );
    return rows[0] ?? { overrides: {}, version: 0 };
  }

  /**
   * Saves the lines if `version` is still current (0 = never edited); returns the new version, or null when
   * someone saved first.
   */
  async saveThresholdSettings(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    version: number,
    overrides: HealthThresholdOverrides,
    userId: string,
  ): Promise<number | null> {
    const rows: { version: number }[] =
      version === 0
        ? await manager.query(
            `INSERT INTO health_threshold_settings (organization_id, store_id, overrides, version, updated_by)
             VALUES ($1, $2, $3, 1, $4) ON CONFLICT (organization_id, store_id) DO NOTHING RETURNING version`,
            [organizationId, storeId, JSON.stringify(overrides), userId],
          )
        : await manager.query(
            `WITH saved AS (
               UPDATE health_threshold_settings SET overrides = $3, version = version + 1, updated_by = $4, updated_at = now()
                WHERE organization_id = $1 AND store_id = $2 AND version = $5 RETURNING version)
             SELECT version FROM saved`,
            [organizationId, storeId, JSON.stringify(overrides), userId, version],
          );
    return rows[0]?.version ?? null;
  }

  async store(manager: EntityManager, organizationId: string, storeId: string): Promise<{ name: string; marketplace: string } | null> {
    const rows: { name: string; marketplace: string }[] = await manager.query(
      `SELECT name, marketplace FROM stores WHERE organization_id = $1 AND id = $2`,
      [organizationId, storeId],
    );
    return rows[0] ?? null;
  }

  storeIds(manager: EntityManager = this.db.manager): Promise<{ organization_id: string; id: string; marketplace: string }[]> {
    // Every store of every organisation: only the periodic recompute uses this, one store at a time.
    return manager.query(`SELECT organization_id, id, marketplace FROM stores ORDER BY organization_id, id`);
  }
}

function toOrderFacts(r: Record<string, unknown>): OrderFacts {
  return {
    orderId: r.marketplace_order_id as string,
    purchasedAt: ms(r.purchased_at as Date)!,
    fulfillmentChannel: r.fulfillment_channel as FulfillmentChannel,
    latestShipDate: ms(r.latest_ship_date as Date | null),
    shipConfirmedAt: ms(r.ship_confirmed_at as Date | null),
    cancelledAt: ms(r.cancelled_at as Date | null),
    cancelledBy: r.cancelled_by as OrderFacts['cancelledBy'],
    promisedDeliveryAt: ms(r.promised_delivery_at as Date | null),
    deliveredAt: ms(r.delivered_at as Date | null),
    hasValidTracking: r.has_valid_tracking as boolean,
  };
}
