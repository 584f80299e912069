import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { computeShippingMetrics, DAY_MS, policyWindow, type EpochMs, type MetricKey, type OrderFacts, type ShippingMetrics } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { badUserInput, notFound } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { DATA_SOURCE } from '../database/database.tokens';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type {
  AccountHealthType,
  FulfillmentScope,
  HealthAlertConnection,
  HealthForecastType,
  HealthTrendPointType,
  MetricOrderConnection,
  MetricOrderDefect,
  MetricOrderType,
} from './dto/account-health.types';
import { HealthMetricsService } from './health-metrics.service';
import { toForecastPointType, toHealthAlertType, toHealthMetricType, toTrendPointType } from './health.mappers';
import { HealthRepository, type OdrComponent } from './health.repository';

/** The ODR numerators the console lists, and the component each one is. */
const ODR_COMPONENTS: Partial<Record<MetricKey, OdrComponent>> = {
  ORDER_DEFECT_RATE: 'ODR',
  NEGATIVE_FEEDBACK_RATE: 'NEGATIVE_FEEDBACK',
  A_TO_Z_CLAIM_RATE: 'A_TO_Z',
  CHARGEBACK_RATE: 'CHARGEBACK',
};

/** Shipping numerators listed by running the domain's own counting on each order, so list and count agree. */
const SHIPPING_NUMERATORS: Partial<Record<MetricKey, { result: keyof ShippingMetrics; defect: MetricOrderDefect }>> = {
  LATE_SHIPMENT_RATE_10D: { result: 'lateShipmentRate10d', defect: 'LATE_SHIPMENT' },
  LATE_SHIPMENT_RATE_30D: { result: 'lateShipmentRate30d', defect: 'LATE_SHIPMENT' },
  PRE_FULFILLMENT_CANCEL_RATE: { result: 'preFulfillmentCancelRate', defect: 'SELLER_CANCELLATION' },
};

/** Longest trend one query returns. */
const MAX_TREND_DAYS = 400;

@Injectable()
export class HealthService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly repo: HealthRepository,
    private readonly metrics: HealthMetricsService,
    private readonly tenancy: TenancyRepository,
  ) {}

  private async requireStore(auth: AuthUser, storeId: string): Promise<void> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
  }

  /** The store's metrics at `asOf` (default now); a past `asOf` replays them from the stored timestamps. */
  async accountHealth(auth: AuthUser, storeId: string, asOf?: Date | null): Promise<AccountHealthType> {
    await this.requireStore(auth, storeId);
    const at = asOf ? asOf.getTime() : Date.now();
    if (!Number.isFinite(at)) throw badUserInput('asOf is not a date.', [{ field: 'asOf', message: 'not a date' }]);
    const manager = this.db.manager;
    const [{ figures, ebay }, report, status] = await Promise.all([
      this.metrics.computeWithStanding(manager, auth.organizationId, storeId, at),
      this.repo.latestPerformanceReport(manager, auth.organizationId, storeId),
      this.repo.latestAccountStatus(manager, auth.organizationId, storeId),
    ]);
    return {
      storeId,
      asOf: new Date(at),
      metrics: figures.map(toHealthMetricType),
      accountStatus: status?.status ?? null,
      amazonReportImportedAt: report?.importedAt ?? null,
      amazonAccountHealthRating: report?.ahrScore ?? null,
      ebay,
    };
  }

  async forecast(auth: AuthUser, storeId: string, asOf: Date): Promise<HealthForecastType[]> {
    await this.requireStore(auth, storeId);
    const forecasts = await this.metrics.forecast(this.db.manager, auth.organizationId, storeId, asOf.getTime());
    return forecasts.map((f) => ({ key: f.key, fulfillmentChannel: f.fulfillmentChannel, points: f.points.map(toForecastPointType) }));
  }

  /** Daily snapshots between two days, inclusive (UTC). */
  async trend(
    auth: AuthUser,
    storeId: string,
    key: MetricKey,
    channel: FulfillmentScope | null,
    from: Date,
    to: Date,
  ): Promise<HealthTrendPointType[]> {
    await this.requireStore(auth, storeId);
    if (!(from.getTime() <= to.getTime()) || to.getTime() - from.getTime() > MAX_TREND_DAYS * DAY_MS) {
      throw badUserInput(`from must not be after to, and the range at most ${MAX_TREND_DAYS} days.`, [{ field: 'from', message: 'bad range' }]);
    }
    const rows = await this.repo.trend(
      auth.organizationId,
      storeId,
      key,
      channel ?? 'NONE',
      from.toISOString().slice(0, 10),
      to.toISOString().slice(0, 10),
    );
    return rows.map(toTrendPointType);
  }

  async alerts(auth: AuthUser, storeId: string, first: number, after?: string | null): Promise<HealthAlertConnection> {
    checkPageSize(first);
    await this.requireStore(auth, storeId);
    const cursor = after ? decodeCursor(after, 2) : null;
    const rows = await this.repo.alertsPage(
      auth.organizationId,
      storeId,
      first,
      cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : undefined,
    );
    const edges = rows.slice(0, first).map((a) => ({ cursor: encodeCursor([new Date(a.created_at).toISOString(), a.id]), node: toHealthAlertType(a) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * The orders counted in one metric's numerator at `asOf` (default now), newest purchase first. ODR and its
   * components, late shipment (10 and 30 days) and pre-fulfillment cancellations; other metrics answer an
   * empty list with `supported: false`.
   */
  async metricOrders(
    auth: AuthUser,
    storeId: string,
    key: MetricKey,
    channel: FulfillmentScope | null,
    asOf: Date | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<MetricOrderConnection> {
    checkPageSize(first);
    await this.requireStore(auth, storeId);
    const at: EpochMs = asOf ? asOf.getTime() : Date.now();
    if (!Number.isFinite(at)) throw badUserInput('asOf is not a date.', [{ field: 'asOf', message: 'not a date' }]);
    const cursor = after ? decodeCursor(after, 2) : null;
    const afterKey = cursor ? { purchasedAt: String(cursor[0]), orderId: String(cursor[1]) } : undefined;
    const thresholds = await this.metrics.thresholds(this.db.manager, auth.organizationId, storeId);
    const component = ODR_COMPONENTS[key];
    const shipping = SHIPPING_NUMERATORS[key];
    let rows: Omit<MetricOrderType, 'ticketIds'>[];

    if (component) {
      const window = policyWindow(at, thresholds.metrics.ORDER_DEFECT_RATE);
      const found = await this.repo.defectiveOrdersPage(
        auth.organizationId,
        storeId,
        window,
        at,
        thresholds.amazon.negativeFeedbackMaxStars,
        channel === 'ALL' ? null : channel,
        component,
        first + 1,
        afterKey,
      );
      rows = found.map((r) => ({
        marketplaceOrderId: r.marketplace_order_id,
        purchasedAt: new Date(r.purchased_at),
        fulfillmentChannel: r.fulfillment_channel,
        defects: [
          ...(r.nf && (component === 'ODR' || component === 'NEGATIVE_FEEDBACK') ? (['NEGATIVE_FEEDBACK'] as const) : []),
          ...(r.az && (component === 'ODR' || component === 'A_TO_Z') ? (['A_TO_Z_CLAIM'] as const) : []),
          ...(r.cb && (component === 'ODR' || component === 'CHARGEBACK') ? (['CHARGEBACK'] as const) : []),
        ],
      }));
    } else if (shipping) {
      const ctx = { asOf: at, thresholds };
      const window = policyWindow(at, thresholds.metrics[key]);
      const facts = await this.repo.shippingFacts(this.db.manager, auth.organizationId, storeId, window.start, at);
      const counted = (order: OrderFacts) => computeShippingMetrics([order], ctx)[shipping.result].numerator > 0;
      const isAfter = (order: OrderFacts) =>
        !afterKey ||
        order.purchasedAt < Date.parse(afterKey.purchasedAt) ||
        (order.purchasedAt === Date.parse(afterKey.purchasedAt) && order.orderId < afterKey.orderId);
      rows = facts
        .filter((order) => isAfter(order) && counted(order))
        .sort((a, b) => b.purchasedAt - a.purchasedAt || (a.orderId < b.orderId ? 1 : a.orderId > b.orderId ? -1 : 0))
        .slice(0, first + 1)
        .map((order) => ({
          marketplaceOrderId: order.orderId,
          purchasedAt: new Date(order.purchasedAt),
          fulfillmentChannel: order.fulfillmentChannel,
          defects: [shipping.defect],
        }));
    } else {
      return { supported: false, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }

    const page = rows.slice(0, first);
    const tickets = await this.repo.ticketIdsByOrder(auth.organizationId, storeId, page.map((r) => r.marketplaceOrderId));
    const edges = page.map((node) => ({
      cursor: encodeCursor([node.purchasedAt.toISOString(), node.marketplaceOrderId]),
      node: { ...node, ticketIds: tickets.get(node.marketplaceOrderId) ?? [] },
    }));
    return { supported: true, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
