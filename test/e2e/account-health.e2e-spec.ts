import { io, type Socket } from 'socket.io-client';
import { AccountHealthDocument, HealthAlertsDocument, type ClientToServerEvents, type DomainEvent, type ServerToClientEvents } from '@lifeline/api-contract';
import { HealthSweeperService } from '../../apps/api/src/health/health-sweeper.service';
import { gql, login } from '../support/graphql';
import { createTestStore, isoAgo as isoAgoFrom, post, type IngestResponse } from '../support/health-ingest';
import { startTestServer, type TestServer } from '../support/server';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const KEY = 'lk_test_health_it_0001';
const NOW = Date.now();
const isoAgo = (days: number) => isoAgoFrom(days, NOW);

/** 250 seller-fulfilled orders over the last 30 days, all shipped, tracked and delivered on time. */
function orders(count = 250) {
  return Array.from({ length: count }, (_, i) => {
    const age = 1 + (i % 29);
    return {
      marketplaceOrderId: `405-0000000-${String(i).padStart(7, '0')}`,
      purchasedAt: isoAgo(age + 0.5),
      fulfillmentChannel: 'MFN',
      latestShipDate: isoAgo(age - 1),
      shipConfirmedAt: isoAgo(age),
      promisedDeliveryAt: isoAgo(age - 4),
      deliveredAt: isoAgo(age - 3),
      hasValidTracking: true,
      items: [{ sku: 'MUG-01', asin: 'B0TESTASIN', quantity: 1, price: 12.5, currency: 'EUR' }],
    };
  });
}

const claim = (n: number, extra: Record<string, unknown> = {}) => ({
  claimId: `AZ-${n}`,
  kind: 'A_TO_Z',
  marketplaceOrderId: `405-0000000-${String(n).padStart(7, '0')}`,
  openedAt: isoAgo(0.2),
  amount: 12.5,
  currency: 'EUR',
  status: 'OPEN',
  ...extra,
});

describe('account health from connector data, live', () => {
  let s: TestServer;
  let admin: string;
  let storeId: string;
  let socket: ClientSocket;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
    ({ storeId } = await createTestStore(s, 'Amazon IT', KEY));
    socket = io(s.url, { auth: { token: admin }, transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('ready', () => resolve());
      socket.once('connect_error', reject);
    });
    socket.on('event', (e) => {
      if ((e.payload as { storeId?: string }).storeId === storeId) events.push(e);
    });
  });
  afterAll(async () => {
    socket?.disconnect();
    await s?.close();
  });

  const odr = async () => {
    const r = await gql(s.url, AccountHealthDocument, { storeId }, admin);
    expect(r.errors).toBeUndefined();
    return r.data!.accountHealth.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE' && m.fulfillmentChannel === 'ALL')!;
  };
  const settle = () => new Promise((r) => setTimeout(r, 400));

  it('refuses a request without a valid store API key', async () => {
    expect((await post(s.url, '/api/v1/orders', 'lk_not_a_real_key_123', [])).status).toBe(401);
  });

  it('upserts orders, rejecting only the bad rows with their reasons', async () => {
    const rows: unknown[] = orders();
    rows.push({ marketplaceOrderId: 'broken', fulfillmentChannel: 'XYZ' });
    rows.push({ ...(orders(1)[0] as object), marketplaceOrderId: '405-0000000-0000000' });
    const r = await post(s.url, '/api/v1/orders', KEY, rows);
    expect(r.status).toBe(200);
    const body = r.json as IngestResponse;
    expect(body).toMatchObject({ created: 250, updated: 0, unchanged: 0, rejected: 2 });
    expect(body.rejections[0]).toMatchObject({ index: 250 });
    expect(body.rejections[0]!.reason).toMatch(/purchasedAt/);
    expect(body.rejections[0]!.reason).toMatch(/fulfillmentChannel/);
    expect(body.rejections[1]).toMatchObject({ index: 251, reason: 'same key as row 0 of this request' });
    expect(await s.sql(`SELECT 1 FROM orders WHERE marketplace_order_id = 'broken'`)).toEqual([]);
  });

  it('takes arrays past the global 1 MB JSON limit (10 MB on these routes) and refuses bigger ones with 413', async () => {
    const padded = Array.from({ length: 400 }, (_, i) => ({ marketplaceOrderId: `PAD-${i}`, rating: 5, leftAt: isoAgo(1), comment: 'x'.repeat(4000) }));
    const ok = await post(s.url, '/api/v1/feedback', KEY, padded);
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ created: 400, rejected: 0 });
    const huge = Array.from({ length: 3000 }, (_, i) => ({ marketplaceOrderId: `HUGE-${i}`, rating: 5, leftAt: isoAgo(1), comment: 'x'.repeat(4000) }));
    expect((await post(s.url, '/api/v1/feedback', KEY, huge)).status).toBe(413);
  });

  it('answers a repeat with unchanged and writes nothing', async () => {
    const r = await post(s.url, '/api/v1/orders', KEY, orders());
    expect(r.json).toMatchObject({ created: 0, updated: 0, unchanged: 250, rejected: 0 });
  });

  it('counts an open A-to-z claim against ODR by the order purchase date', async () => {
    const r = await post(s.url, '/api/v1/claims', KEY, [claim(1)]);
    expect(r.json).toMatchObject({ created: 1, rejected: 0 });
    expect(await odr()).toMatchObject({ numerator: 1, denominator: 250, value: 0.004, status: 'OK', warningAt: 0.008, redLine: 0.01 });
  });

  it('raises exactly one alert when a second claim crosses the warning line, and tells the operations owner', async () => {
    await settle();
    events.length = 0;
    const r = await post(s.url, '/api/v1/claims', KEY, [claim(2)]);
    expect(r.json).toMatchObject({ created: 1 });
    expect(await odr()).toMatchObject({ numerator: 2, denominator: 250, value: 0.008, status: 'WARNING', defectBudget: 0 });
    // The same claim again changes nothing and alerts nobody.
    expect((await post(s.url, '/api/v1/claims', KEY, [claim(2)])).json).toMatchObject({ unchanged: 1 });
    await settle();

    const alerts = events.filter((e) => e.type === 'health.alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.payload).toMatchObject({ key: 'ORDER_DEFECT_RATE', level: 'WARNING', previousStatus: 'OK', value: 0.008, line: 0.008 });
    const changed = events.filter((e) => e.type === 'health.changed');
    expect(changed).toHaveLength(1);

    const history = await gql(s.url, HealthAlertsDocument, { storeId, first: 10 }, admin);
    expect(history.data?.healthAlerts.edges.map((e) => [e.node.key, e.node.level, e.node.numerator, e.node.denominator])).toEqual([
      ['ORDER_DEFECT_RATE', 'WARNING', 2, 250],
    ]);
    const mails = await s.sql<{ to: string; subject: string; body: string }>(
      `SELECT "to", subject, body FROM mail_outbox WHERE subject LIKE '%Amazon IT%'`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'admin@demo.lifeline.test', subject: '[Lifeline] Amazon IT: Order Defect Rate crossed the warning line' });
    expect(mails[0]!.body).toContain('0.80 %');
  });

  it('lowers ODR live when the buyer withdraws a claim, without another alert', async () => {
    events.length = 0;
    const r = await post(s.url, '/api/v1/claims', KEY, [claim(2, { status: 'CLOSED', decision: 'WITHDRAWN', decidedAt: isoAgo(0.01) })]);
    expect(r.json).toMatchObject({ updated: 1 });
    await settle();
    const changed = events.filter((e) => e.type === 'health.changed');
    expect(changed).toHaveLength(1);
    expect((changed[0]!.payload as { metrics: { key: string; fulfillmentChannel: string; value: number; status: string }[] }).metrics).toContainEqual(
      expect.objectContaining({ key: 'ORDER_DEFECT_RATE', fulfillmentChannel: 'ALL', value: 0.004, status: 'OK', previousStatus: 'WARNING' }),
    );
    expect(events.filter((e) => e.type === 'health.alert')).toHaveLength(0);
    expect(await odr()).toMatchObject({ numerator: 1, value: 0.004, status: 'OK' });
  });

  it('removed negative feedback leaves ODR; a claim refunded by the seller still counts', async () => {
    await post(s.url, '/api/v1/feedback', KEY, [{ marketplaceOrderId: '405-0000000-0000003', rating: 1, leftAt: isoAgo(0.5), comment: 'never arrived' }]);
    expect((await odr()).numerator).toBe(2);
    await post(s.url, '/api/v1/feedback', KEY, [
      { marketplaceOrderId: '405-0000000-0000003', rating: 1, leftAt: isoAgo(0.5), comment: 'never arrived', removedAt: isoAgo(0.1) },
    ]);
    expect((await odr()).numerator).toBe(1);
    await post(s.url, '/api/v1/claims', KEY, [claim(1, { status: 'CLOSED', decision: 'REFUNDED_BY_SELLER', decidedAt: isoAgo(0.1), fundedBy: 'SELLER' })]);
    expect((await odr()).numerator).toBe(1);
  });

  it('replays a past date from the stored timestamps', async () => {
    const r = await gql(s.url, AccountHealthDocument, { storeId, asOf: isoAgo(2) }, admin);
    const past = r.data!.accountHealth.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE' && m.fulfillmentChannel === 'ALL')!;
    // Two days ago no claim was open yet and the newest orders were not placed.
    expect(past.numerator).toBe(0);
    expect(past.denominator).toBeLessThan(250);
  });

  it('shows the shipping metrics of seller-fulfilled orders', async () => {
    const r = await gql(s.url, AccountHealthDocument, { storeId }, admin);
    const byKey = Object.fromEntries(r.data!.accountHealth.metrics.filter((m) => m.fulfillmentChannel !== 'AFN').map((m) => [m.key + ':' + m.fulfillmentChannel, m]));
    expect(byKey['LATE_SHIPMENT_RATE_30D:MFN']).toMatchObject({ numerator: 0, status: 'OK' });
    expect(byKey['VALID_TRACKING_RATE:MFN']).toMatchObject({ value: 1, status: 'OK' });
    expect(byKey['PRE_FULFILLMENT_CANCEL_RATE:MFN']).toMatchObject({ numerator: 0 });
  });

  it('the periodic sweep counts an order that passed its ship-by date unconfirmed as late', async () => {
    const shipBy = Date.now() + 3_600_000;
    await post(s.url, '/api/v1/orders', KEY, [
      { marketplaceOrderId: '405-0000000-9999999', purchasedAt: isoAgo(1), fulfillmentChannel: 'MFN', latestShipDate: new Date(shipBy).toISOString() },
    ]);
    const lateNow = async () =>
      (await s.sql<{ numerator: number }>(
        `SELECT numerator FROM health_metric_states WHERE store_id = $1 AND metric_key = 'LATE_SHIPMENT_RATE_10D' AND fulfillment_channel = 'MFN'`,
        [storeId],
      ))[0]!.numerator;
    expect(await lateNow()).toBe(0);
    await s.app.get(HealthSweeperService).sweep(shipBy + 60_000);
    expect(await lateNow()).toBe(1);
  });
});
