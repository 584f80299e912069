import { AccountHealthDocument, AccountHealthForecastDocument, AccountHealthTrendDocument, StoresDocument } from '@lifeline/api-contract';
import { gql, login } from '../support/graphql';
import { post } from '../support/health-ingest';
import { startTestServer, type TestServer } from '../support/server';

const DAY = 86_400_000;

describe('demo data, daily snapshots, trends and forecast', () => {
  let s: TestServer;
  let admin: string;
  let stores: Record<string, string>;

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
    const r = await gql(s.url, StoresDocument, {}, admin);
    stores = Object.fromEntries(r.data!.stores.map((x) => [x.name, x.id]));
  });
  afterAll(() => s?.close());

  const odr = async (store: string) => {
    const r = await gql(s.url, AccountHealthDocument, { storeId: stores[store]! }, admin);
    return r.data!.accountHealth.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE' && m.fulfillmentChannel === 'ALL')!;
  };

  it('seeds 90 days of orders for each demo Amazon store, with Amazon UK just under the ODR warning line', async () => {
    const uk = await odr('Amazon UK');
    expect(uk.status).toBe('OK');
    expect(uk.value!).toBeGreaterThan(0.007);
    expect(uk.value!).toBeLessThan(0.008);
    expect(uk.defectBudget).toBeGreaterThan(0);
    expect((await odr('Amazon DE')).value!).toBeLessThan(0.005);
    const [span] = await s.sql<{ days: number }>(
      `SELECT extract(day FROM max(purchased_at) - min(purchased_at))::int AS days FROM orders WHERE store_id = $1`,
      [stores['Amazon US']],
    );
    expect(span!.days).toBeGreaterThanOrEqual(88);
    const ebay = await gql(s.url, AccountHealthDocument, { storeId: stores['eBay US']! }, admin);
    // eBay US has eBay's own standards, no Amazon metric (test/e2e/ebay-health.e2e-spec.ts has the figures).
    expect(ebay.data!.accountHealth.metrics.every((m) => m.key.startsWith('EBAY_'))).toBe(true);
    expect(ebay.data!.accountHealth.metrics.length).toBeGreaterThan(0);
  });

  it('returns a daily trend, oldest first, ending today', async () => {
    const to = new Date();
    const from = new Date(Date.now() - 89 * DAY);
    const r = await gql(
      s.url,
      AccountHealthTrendDocument,
      { storeId: stores['Amazon UK']!, key: 'ORDER_DEFECT_RATE', fulfillmentChannel: 'ALL', from: from.toISOString(), to: to.toISOString() },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const points = r.data!.accountHealthTrend;
    expect(points).toHaveLength(90);
    expect(points.at(-1)!.day).toBe(to.toISOString().slice(0, 10));
    expect(points.map((p) => p.day)).toEqual([...points.map((p) => p.day)].sort());
    expect(points.at(-1)).toMatchObject({ warningAt: 0.008, redLine: 0.01, status: 'OK' });
  });

  it("today's snapshot follows a live change; on Amazon UK one more claim crosses the warning line", async () => {
    const before = await odr('Amazon UK');
    const [order] = await s.sql<{ marketplace_order_id: string }>(
      `SELECT o.marketplace_order_id FROM orders o WHERE o.store_id = $1 AND o.purchased_at > now() - interval '20 days'
          AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.store_id = o.store_id AND c.marketplace_order_id = o.marketplace_order_id)
          AND NOT EXISTS (SELECT 1 FROM seller_feedback f WHERE f.store_id = o.store_id AND f.marketplace_order_id = o.marketplace_order_id)
        ORDER BY o.purchased_at LIMIT 1`,
      [stores['Amazon UK']],
    );
    const r = await post(s.url, '/api/v1/claims', 'lk_demo_amazon_uk', [
      { claimId: 'AZ-TREND-1', kind: 'A_TO_Z', marketplaceOrderId: order!.marketplace_order_id, openedAt: new Date().toISOString(), status: 'OPEN' },
    ]);
    expect(r.json).toMatchObject({ created: 1 });
    const today = new Date().toISOString().slice(0, 10);
    const t = await gql(
      s.url,
      AccountHealthTrendDocument,
      { storeId: stores['Amazon UK']!, key: 'ORDER_DEFECT_RATE', fulfillmentChannel: 'ALL', from: today, to: today },
      admin,
    );
    expect(t.data!.accountHealthTrend).toEqual([expect.objectContaining({ day: today, numerator: before.numerator + 1, status: 'WARNING' })]);
    expect(before.defectBudget).toBeGreaterThan(0);
  });

  it('forecasts ODR in 7 and 14 days from the recent pace', async () => {
    const r = await gql(s.url, AccountHealthForecastDocument, { storeId: stores['Amazon DE']! }, admin);
    expect(r.errors).toBeUndefined();
    const all = r.data!.accountHealth.forecast.find((f) => f.fulfillmentChannel === 'ALL')!;
    expect(all.key).toBe('ORDER_DEFECT_RATE');
    expect(all.points.map((p) => p.horizonDays)).toEqual([7, 14]);
    for (const p of all.points) {
      expect(p.value!).toBeGreaterThanOrEqual(0);
      expect(p.value!).toBeLessThan(0.05);
      expect(p.expectedDenominator).toBeGreaterThan(1000);
    }
  });

  it('refuses a trend range that runs backwards', async () => {
    const r = await gql(
      s.url,
      AccountHealthTrendDocument,
      { storeId: stores['Amazon UK']!, key: 'ORDER_DEFECT_RATE', fulfillmentChannel: 'ALL', from: '2026-02-01', to: '2026-01-01' },
      admin,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
