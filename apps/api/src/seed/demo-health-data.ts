import type { EntityManager } from 'typeorm';
import {
  computeOrderDefectRate,
  computeReturnDissatisfactionRate,
  computeShippingMetrics,
  DAY_MS,
  DEFAULT_HEALTH_THRESHOLDS,
  HOUR_MS,
  type ClaimFacts,
  type EpochMs,
  type FeedbackFacts,
  type MetricResult,
  type OrderFacts,
  type ReturnRequestFacts,
} from '@lifeline/domain';
import { ClaimsRepository, type ClaimRow } from '../claims/claims.repository';
import { FeedbackRepository, type FeedbackRow } from '../feedback/feedback.repository';
import { channelKey } from '../health/health-recompute.service';
import { HealthRepository, type SnapshotRow } from '../health/health.repository';
import { OrdersRepository, type OrderRow } from '../orders/orders.repository';
import { ReturnsRepository, type ReturnRow } from '../returns/returns.repository';

/** How a demo store behaves: orders a day and the share of orders that become ODR defects. */
export interface DemoHealthProfile {
  ordersPerDay: number;
  /** ODR the last 60 days land on (fraction). */
  odr: number;
  /** Seed one defect short of the ODR warning line instead (DOMAIN.md "Lifeline's decisions": 0.8 %). */
  oneDefectFromWarning?: boolean;
  lateShipmentShare: number;
}

/** Amazon UK sits one defect under the 0.8 % ODR warning line: one more claim there raises the first alert. */
export const DEMO_HEALTH_PROFILES: Readonly<Record<string, DemoHealthProfile>> = {
  'Amazon DE': { ordersPerDay: 24, odr: 0.003, lateShipmentShare: 0.01 },
  'Amazon UK': { ordersPerDay: 22, odr: 0.0075, lateShipmentShare: 0.02, oneDefectFromWarning: true },
  'Amazon US': { ordersPerDay: 30, odr: 0.005, lateShipmentShare: 0.015 },
  'Amazon FR': { ordersPerDay: 12, odr: 0.004, lateShipmentShare: 0.01 },
};

const HISTORY_DAYS = 90;
const ODR_WINDOW_DAYS = 60;

/** A small seeded generator (mulberry32 over an FNV hash of the seed): the same demo every time. */
export function rng(seed: string) {
  let a = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DemoFacts {
  orders: OrderFacts[];
  feedback: FeedbackFacts[];
  claims: ClaimFacts[];
  returns: ReturnRequestFacts[];
}

/** 90 days of orders, shipments, feedback, claims and returns for one store, deterministic per store. */
export function generateDemoHealthFacts(storeName: string, profile: DemoHealthProfile, now: EpochMs): DemoFacts {
  const random = rng(storeName);
  const prefix = String(100 + Math.floor(random() * 800));
  const orders: OrderFacts[] = [];
  const total = profile.ordersPerDay * HISTORY_DAYS;
  for (let i = 0; i < total; i++) {
    const purchasedAt = now - HISTORY_DAYS * DAY_MS + Math.floor(((i + random()) / total) * HISTORY_DAYS * DAY_MS);
    const mfn = random() < 0.6;
    const id = `${prefix}-${String(1000000 + i).slice(1)}-${String(Math.floor(random() * 9000000) + 1000000)}`;
    const latestShipDate = purchasedAt + 2 * DAY_MS;
    const late = random() < profile.lateShipmentShare;
    const shipConfirmedAt = purchasedAt + (late ? 2.5 * DAY_MS : (6 + random() * 30) * HOUR_MS);
    const cancel = mfn && random() < 0.01 ? (random() < 0.5 ? 'SELLER' : 'BUYER') : null;
    const promisedDeliveryAt = purchasedAt + 6 * DAY_MS;
    const deliveredAt = shipConfirmedAt + (random() < 0.03 ? 6 : 2 + random() * 2.5) * DAY_MS;
    orders.push({
      orderId: id,
      purchasedAt,
      fulfillmentChannel: mfn ? 'MFN' : 'AFN',
      latestShipDate,
      shipConfirmedAt: cancel || shipConfirmedAt > now ? null : shipConfirmedAt,
      cancelledAt: cancel ? purchasedAt + 3 * HOUR_MS : null,
      cancelledBy: cancel,
      promisedDeliveryAt,
      deliveredAt: cancel || deliveredAt > now ? null : deliveredAt,
      hasValidTracking: !cancel && random() < 0.985,
    });
  }

  // Defects arrive 5–30 days after the order; in the last 60 days exactly the profile's ODR.
  const feedback: FeedbackFacts[] = [];
  const claims: ClaimFacts[] = [];
  const eligible = orders.filter((o) => o.purchasedAt < now - 5 * DAY_MS && !o.cancelledAt);
  const inWindow = eligible.filter((o) => o.purchasedAt >= now - ODR_WINDOW_DAYS * DAY_MS);
  const windowOrders = orders.filter((o) => o.purchasedAt >= now - ODR_WINDOW_DAYS * DAY_MS).length;
  const older = eligible.filter((o) => o.purchasedAt < now - ODR_WINDOW_DAYS * DAY_MS);
  const warningAt = DEFAULT_HEALTH_THRESHOLDS.metrics.ORDER_DEFECT_RATE.warningAt ?? profile.odr;
  const wanted = profile.oneDefectFromWarning ? Math.ceil(warningAt * windowOrders) - 1 : Math.floor(profile.odr * windowOrders);
  const defective = [
    ...inWindow.filter((_, i) => i % Math.max(1, Math.floor(inWindow.length / wanted)) === 0).slice(0, wanted),
    ...older.filter(() => random() < profile.odr),
  ];
  for (const [n, o] of defective.entries()) {
    const at = Math.min(now - HOUR_MS, o.purchasedAt + (5 + random() * 25) * DAY_MS);
    const kind = n % 4;
    if (kind <= 1) feedback.push({ orderId: o.orderId, rating: 1 + (n % 2), leftAt: at, removedAt: null, struckThrough: false });
    else if (kind === 2) claims.push({ orderId: o.orderId, kind: 'A_TO_Z', openedAt: at, status: 'OPEN', decision: null, decidedAt: null });
    else claims.push({ orderId: o.orderId, kind: 'CHARGEBACK', openedAt: at, status: 'OPEN', decision: null, decidedAt: null, chargebackType: 'SERVICE' });
  }
  // Some history that does not count: positive feedback, a removed negative, a withdrawn claim.
  const defectiveIds = new Set(defective.map((o) => o.orderId));
  for (const o of eligible.filter((x) => !defectiveIds.has(x.orderId) && random() < 0.04)) {
    feedback.push({ orderId: o.orderId, rating: 4 + Math.floor(random() * 2), leftAt: Math.min(now - HOUR_MS, o.purchasedAt + 8 * DAY_MS), removedAt: null, struckThrough: false });
  }
  const withFeedback = new Set(feedback.map((f) => f.orderId));
  const spare = eligible.filter((o) => !defectiveIds.has(o.orderId) && !withFeedback.has(o.orderId));
  if (spare.length > 2) {
    const a = spare[Math.floor(spare.length / 3)]!;
    const b = spare[Math.floor(spare.length / 2)]!;
    feedback.push({ orderId: a.orderId, rating: 1, leftAt: a.purchasedAt + 6 * DAY_MS, removedAt: Math.min(now - HOUR_MS, a.purchasedAt + 9 * DAY_MS), struckThrough: false });
    claims.push({ orderId: b.orderId, kind: 'A_TO_Z', openedAt: b.purchasedAt + 10 * DAY_MS, status: 'CLOSED', decision: 'WITHDRAWN', decidedAt: Math.min(now - HOUR_MS, b.purchasedAt + 12 * DAY_MS) });
  }

  const returns: ReturnRequestFacts[] = eligible
    .filter((o) => o.fulfillmentChannel === 'MFN' && random() < 0.03)
    .map((o, i) => {
      const requestedAt = Math.min(now - HOUR_MS, o.purchasedAt + 7 * DAY_MS);
      const lateAnswer = i % 15 === 0;
      return {
        returnId: `DEMO-RMA-${o.orderId}`,
        orderId: o.orderId,
        requestedAt,
        firstActionAt: Math.min(now - 1, requestedAt + (lateAnswer ? 60 : 6) * HOUR_MS),
        negativeReturnFeedback: false,
        rejected: false,
        inPolicy: true,
      };
    });
  return { orders, feedback, claims, returns };
}

const iso = (ms: EpochMs | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

function snapshotRows(facts: DemoFacts, asOf: EpochMs): SnapshotRow[] {
  const ctx = { asOf };
  const odr = computeOrderDefectRate(facts, ctx);
  const ship = computeShippingMetrics(facts.orders, ctx);
  const results: MetricResult[] = [
    ...[odr.all, odr.mfn, odr.afn].flatMap((b) => [b.orderDefectRate, b.negativeFeedbackRate, b.aToZClaimRate, b.chargebackRate]),
    ship.lateShipmentRate10d,
    ship.lateShipmentRate30d,
    ship.preFulfillmentCancelRate,
    ship.validTrackingRate,
    ship.onTimeDeliveryRate,
    computeReturnDissatisfactionRate(facts.returns, ctx),
  ];
  return results.map((r) => ({
    metric_key: r.key,
    fulfillment_channel: channelKey(r.fulfillmentChannel),
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    status: r.status,
    warning_at: r.warningAt,
    red_line: r.redLine,
  }));
}

/**
 * Writes a store's demo orders and defects through the ingest repositories, a daily snapshot for each of
 * the 90 days (computed with the libs/domain functions as of that day), and today's figures as the
 * baseline the live recompute compares with, so the seed itself raises no alert.
 */
export async function seedDemoHealth(manager: EntityManager, organizationId: string, storeId: string, storeName: string, now: EpochMs = Date.now()): Promise<void> {
  const profile = DEMO_HEALTH_PROFILES[storeName];
  if (!profile) return;
  const facts = generateDemoHealthFacts(storeName, profile, now);
  const orderRows: OrderRow[] = facts.orders.map((o) => ({
    marketplace_order_id: o.orderId,
    purchased_at: iso(o.purchasedAt)!,
    fulfillment_channel: o.fulfillmentChannel,
    latest_ship_date: iso(o.latestShipDate),
    ship_confirmed_at: iso(o.shipConfirmedAt),
    cancelled_at: iso(o.cancelledAt),
    cancelled_by: o.cancelledBy,
    promised_delivery_at: iso(o.promisedDeliveryAt),
    delivered_at: iso(o.deliveredAt),
    has_valid_tracking: o.hasValidTracking,
    items: [{ sku: 'DEMO-MUG', asin: 'B0DEMOMUG1', quantity: 1, price: 14.9, currency: storeName === 'Amazon US' ? 'USD' : storeName === 'Amazon UK' ? 'GBP' : 'EUR' }],
    buyer_name: null,
    buyer_email: null,
  }));
  const feedbackRows: FeedbackRow[] = facts.feedback.map((f) => ({
    marketplace_order_id: f.orderId,
    rating: f.rating,
    comment: f.rating <= 2 ? 'Arrived late and damaged' : 'Great, thank you',
    left_at: iso(f.leftAt)!,
    removed_at: iso(f.removedAt),
    struck_through: f.struckThrough,
  }));
  const claimRows: ClaimRow[] = facts.claims.map((c, i) => ({
    kind: c.kind,
    marketplace_claim_id: `DEMO-${c.kind === 'A_TO_Z' ? 'AZ' : 'CB'}-${i}`,
    marketplace_order_id: c.orderId,
    opened_at: iso(c.openedAt)!,
    amount: 14.9,
    currency: null,
    status: c.status,
    decision: c.decision,
    decided_at: iso(c.decidedAt),
    funded_by: null,
    chargeback_type: c.kind === 'CHARGEBACK' ? (c.chargebackType ?? 'SERVICE') : null,
    buy_shipping_protected: false,
  }));
  const returnRows: ReturnRow[] = facts.returns.map((r) => ({
    marketplace_return_id: r.returnId,
    marketplace_order_id: r.orderId,
    fulfillment_channel: 'MFN',
    requested_at: iso(r.requestedAt)!,
    reason: 'DEFECTIVE',
    in_policy: r.inPolicy,
    resolution: r.firstActionAt === null ? null : 'AUTHORIZED',
    resolved_at: iso(r.firstActionAt),
    refund_amount: null,
    currency: null,
    negative_return_feedback: r.negativeReturnFeedback,
    sku: 'DEMO-MUG',
    asin: 'B0DEMOMUG1',
    quantity: 1,
  }));
  for (let i = 0; i < orderRows.length; i += 1000) await new OrdersRepository().upsert(manager, organizationId, storeId, orderRows.slice(i, i + 1000));
  await new FeedbackRepository(manager.connection).upsert(manager, organizationId, storeId, feedbackRows);
  await new ClaimsRepository(manager.connection).upsert(manager, organizationId, storeId, claimRows);
  await new ReturnsRepository().upsert(manager, organizationId, storeId, returnRows);

  const health = new HealthRepository(manager.connection);
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const history: (SnapshotRow & { day: string; taken_at: string })[] = [];
  for (let d = HISTORY_DAYS - 1; d >= 1; d--) {
    const asOf = today - d * DAY_MS + DAY_MS - 1; // the end of that UTC day
    const day = new Date(asOf).toISOString().slice(0, 10);
    for (const row of snapshotRows(facts, asOf)) history.push({ ...row, day, taken_at: new Date(asOf).toISOString() });
  }
  await health.saveSnapshotHistory(manager, organizationId, storeId, history);
  const current = snapshotRows(facts, now);
  await health.saveSnapshots(manager, organizationId, storeId, new Date(now).toISOString().slice(0, 10), current, now);
  await health.saveStates(manager, organizationId, storeId, current, now);
}
