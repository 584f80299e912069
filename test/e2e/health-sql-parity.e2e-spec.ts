import { computeOrderDefectRate, DEFAULT_HEALTH_THRESHOLDS, policyWindow, type ClaimFacts, type FeedbackFacts, type OrderFacts } from '@lifeline/domain';
import { ClaimsRepository, type ClaimRow } from '../../apps/api/src/claims/claims.repository';
import { FeedbackRepository, type FeedbackRow } from '../../apps/api/src/feedback/feedback.repository';
import { HealthRepository } from '../../apps/api/src/health/health.repository';
import { OrdersRepository, type OrderRow } from '../../apps/api/src/orders/orders.repository';
import { createTestStore } from '../support/health-ingest';
import { startTestServer, type TestServer } from '../support/server';

const DAY = 86_400_000;

/** Small deterministic PRNG (mulberry32), so a failure replays. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The ODR counts are taken in SQL (health.repository.ts `odrTallies`) so a million orders never travel to
 * Node. This proves they equal libs/domain `computeOrderDefectRate` on the same data, at many instants.
 */
describe('ODR in SQL equals the domain function', () => {
  let s: TestServer;
  let org: string;
  let store: string;
  const orders: OrderFacts[] = [];
  const feedback: FeedbackFacts[] = [];
  const claims: ClaimFacts[] = [];
  const base = Date.UTC(2026, 0, 1, 7, 13, 0);

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    ({ storeId: store, organizationId: org } = await createTestStore(s, 'Amazon Parity', 'lk_test_parity_0001'));
    const random = rng(20260101);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const orderRows: OrderRow[] = [];
    const feedbackRows: FeedbackRow[] = [];
    const claimRows: ClaimRow[] = [];
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    for (let i = 0; i < 3000; i++) {
      const orderId = `P-${i}`;
      const purchasedAt = base + Math.floor(random() * 120 * DAY);
      const channel = random() < 0.6 ? 'MFN' : 'AFN';
      orders.push({
        orderId,
        purchasedAt,
        fulfillmentChannel: channel,
        latestShipDate: null,
        shipConfirmedAt: null,
        cancelledAt: null,
        cancelledBy: null,
        promisedDeliveryAt: null,
        deliveredAt: null,
        hasValidTracking: false,
      });
      orderRows.push({
        marketplace_order_id: orderId,
        purchased_at: iso(purchasedAt)!,
        fulfillment_channel: channel,
        latest_ship_date: null,
        ship_confirmed_at: null,
        cancelled_at: null,
        cancelled_by: null,
        promised_delivery_at: null,
        delivered_at: null,
        has_valid_tracking: false,
        items: [],
        buyer_name: null,
        buyer_email: null,
      });
      if (random() < 0.08) {
        const leftAt = purchasedAt + Math.floor(random() * 40 * DAY);
        const removedAt = random() < 0.3 ? leftAt + Math.floor(random() * 20 * DAY) : null;
        const f = { orderId, rating: 1 + Math.floor(random() * 5), leftAt, removedAt, struckThrough: random() < 0.1 };
        feedback.push(f);
        feedbackRows.push({ marketplace_order_id: orderId, rating: f.rating, comment: null, left_at: iso(leftAt)!, removed_at: iso(removedAt), struck_through: f.struckThrough });
      }
      const claimCount = random() < 0.06 ? 1 + Math.floor(random() * 2) : 0;
      for (let c = 0; c < claimCount; c++) {
        const kind = pick(['A_TO_Z', 'CHARGEBACK'] as const);
        const openedAt = purchasedAt + Math.floor(random() * 50 * DAY);
        const decision = pick([null, 'GRANTED', 'REFUNDED_BY_SELLER', 'ORDER_CANCELLED', 'DECIDED_FOR_SELLER', 'WITHDRAWN'] as const);
        const decidedAt = decision && random() < 0.8 ? openedAt + Math.floor(random() * 15 * DAY) : null;
        const chargebackType = kind === 'CHARGEBACK' ? pick(['SERVICE', 'FRAUD'] as const) : null;
        const buyShippingProtected = kind === 'A_TO_Z' && random() < 0.1;
        claims.push({
          orderId,
          kind,
          openedAt,
          status: decision ? 'CLOSED' : 'OPEN',
          decision,
          decidedAt,
          buyShippingProtected,
          ...(chargebackType ? { chargebackType } : {}),
        });
        claimRows.push({
          kind,
          marketplace_claim_id: `C-${i}-${c}`,
          marketplace_order_id: orderId,
          opened_at: iso(openedAt)!,
          amount: null,
          currency: null,
          status: decision ? 'CLOSED' : 'OPEN',
          decision,
          decided_at: iso(decidedAt),
          funded_by: null,
          chargeback_type: chargebackType,
          buy_shipping_protected: buyShippingProtected,
        });
      }
    }
    // A feedback or claim on an order the store does not have is ignored by both.
    feedback.push({ orderId: 'P-missing', rating: 1, leftAt: base + 10 * DAY, removedAt: null, struckThrough: false });
    feedbackRows.push({ marketplace_order_id: 'P-missing', rating: 1, comment: null, left_at: new Date(base + 10 * DAY).toISOString(), removed_at: null, struck_through: false });
    await s.dataSource.transaction(async (m) => {
      for (let i = 0; i < orderRows.length; i += 1000) await new OrdersRepository().upsert(m, org, store, orderRows.slice(i, i + 1000));
      await new FeedbackRepository(m.connection).upsert(m, org, store, feedbackRows);
      await new ClaimsRepository(m.connection).upsert(m, org, store, claimRows);
    });
  });
  afterAll(() => s?.close());

  it.each([15, 30.5, 61.25, 75.999, 90, 121, 140])('at day %s of the data', async (day) => {
    const asOf = base + day * DAY;
    const repo = new HealthRepository(s.dataSource);
    const window = policyWindow(asOf, DEFAULT_HEALTH_THRESHOLDS.metrics.ORDER_DEFECT_RATE);
    const sql = await repo.odrTallies(s.dataSource.manager, org, store, window, asOf, DEFAULT_HEALTH_THRESHOLDS.amazon.negativeFeedbackMaxStars);
    const domain = computeOrderDefectRate({ orders, feedback, claims }, { asOf });
    for (const [channel, breakdown] of [['MFN', domain.mfn], ['AFN', domain.afn]] as const) {
      expect(sql[channel]).toEqual({
        orders: breakdown.orderDefectRate.denominator,
        defective: breakdown.orderDefectRate.numerator,
        negativeFeedback: breakdown.negativeFeedbackRate.numerator,
        aToZ: breakdown.aToZClaimRate.numerator,
        chargeback: breakdown.chargebackRate.numerator,
      });
    }
    expect(domain.all.orderDefectRate.numerator).toBeGreaterThan(0);
  });

  it('keeps the day counts in step when orders move day or channel, or go', async () => {
    await s.dataSource.transaction(async (m) => {
      await m.query(`UPDATE orders SET purchased_at = purchased_at + interval '3 days', fulfillment_channel = 'AFN' WHERE store_id = $1 AND marketplace_order_id IN ('P-1', 'P-2', 'P-3')`, [store]);
      await m.query(`DELETE FROM orders WHERE store_id = $1 AND marketplace_order_id IN ('P-4', 'P-5')`, [store]);
    });
    const counted = await s.sql<{ day: string; ch: string; n: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, fulfillment_channel AS ch, orders AS n FROM order_day_counts WHERE store_id = $1 AND orders <> 0 ORDER BY 1, 2`,
      [store],
    );
    const actual = await s.sql<{ day: string; ch: string; n: number }>(
      `SELECT to_char((purchased_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day, fulfillment_channel AS ch, count(*)::int AS n FROM orders WHERE store_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [store],
    );
    expect(counted).toEqual(actual);
  });
});
