import {
  ClaimRiskOrderDocument,
  OrderRiskDocument,
  ReleaseRiskOrderDocument,
  ReopenRiskOrderDocument,
  ResolveRiskOrderDocument,
  RiskPoolDocument,
  RiskSettingsDocument,
  UpdateRiskSettingsDocument,
  type DomainEvent,
  type RiskPoolFilterInput,
} from '@lifeline/api-contract';
import { RiskRecomputeService } from '../../apps/api/src/risk/risk-recompute.service';
import { RiskSweeperService } from '../../apps/api/src/risk/risk-sweeper.service';
import { RiskRepository } from '../../apps/api/src/risk/risk.repository';
import { codes, gql, login } from '../support/graphql';
import { createTestStore, post, type IngestResponse } from '../support/health-ingest';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, type ClientSocket } from '../support/socket';

const KEY = 'lk_test_risk_pool_0001';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.now();
const iso = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();
const oid = (n: number) => `406-1000000-${String(n).padStart(7, '0')}`;

/** A seller-fulfilled order shipped on time, scanned and delivered on time: it scores 0. */
function order(n: number, extra: Record<string, unknown> = {}) {
  return {
    marketplaceOrderId: oid(n),
    purchasedAt: iso(-8 * DAY),
    fulfillmentChannel: 'MFN',
    latestShipDate: iso(-6 * DAY),
    shipConfirmedAt: iso(-7 * DAY),
    promisedDeliveryAt: iso(-2 * DAY),
    deliveredAt: iso(-3 * DAY),
    hasValidTracking: true,
    items: [{ sku: 'LAMP-01', quantity: 1, price: 24.9, currency: 'EUR' }],
    ...extra,
  };
}

const claim = (n: number, openedAgo: number, extra: Record<string, unknown> = {}) => ({
  claimId: `AZ-RISK-${n}`,
  kind: 'A_TO_Z',
  marketplaceOrderId: oid(n),
  openedAt: iso(-openedAgo),
  amount: 24.9,
  currency: 'EUR',
  status: 'OPEN',
  ...extra,
});

describe('high-risk order pool', () => {
  let s: TestServer;
  let storeId: string;
  let admin: string;
  let supervisor: string;
  let agentEn: string;
  let agentDe: string;
  let watcher: ClientSocket;
  const events: DomainEvent[] = [];

  const ingest = async (path: string, rows: unknown[]) => {
    const r = await post(s.url, path, KEY, rows);
    expect(r.status).toBe(200);
    expect((r.json as IngestResponse).rejected).toBe(0);
  };
  const pool = async (filter: RiskPoolFilterInput = {}, token = admin) => {
    const r = await gql(s.url, RiskPoolDocument, { filter: { storeId, ...filter }, first: 50 }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.riskPool.edges.map((e) => e.node);
  };
  const poolIds = async (filter: RiskPoolFilterInput = {}, token = admin) => (await pool(filter, token)).map((n) => n.marketplaceOrderId);
  const risk = async (n: number) => {
    const r = await gql(s.url, OrderRiskDocument, { storeId, marketplaceOrderId: oid(n) }, admin);
    expect(r.errors).toBeUndefined();
    return r.data!.orderRisk!;
  };
  const waitFor = async (pred: () => boolean, what: string) => {
    for (let i = 0; i < 100 && !pred(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!pred()) throw new Error(`timed out waiting for ${what}`);
  };

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    ({ storeId } = await createTestStore(s, 'Amazon IT', KEY));
    [admin, supervisor, agentEn, agentDe] = await Promise.all(
      ['admin', 'supervisor', 'agent.en', 'agent.de'].map(async (u) => (await login(s.url, `${u}@demo.lifeline.test`)).token),
    );
    watcher = await connectSocket(s.url, supervisor);
    watcher.on('event', (e) => events.push(e));

    await ingest('/api/v1/orders', [
      order(1),
      order(2),
      order(3),
      order(4),
      // Not shipped, a day and a half past its ship-by date: a late shipment (20), not enough for the pool alone.
      order(5, { latestShipDate: iso(-1.5 * DAY), shipConfirmedAt: null, promisedDeliveryAt: iso(2 * DAY), deliveredAt: null }),
      // Shipped on time but not delivered, four days past the promised date (35): outside the pool until the buyer threatens.
      order(6, { promisedDeliveryAt: iso(-4 * DAY), deliveredAt: null }),
      // Must ship within the hour: time alone makes it late.
      order(7, { latestShipDate: iso(HOUR), shipConfirmedAt: null, promisedDeliveryAt: iso(3 * DAY), deliveredAt: null }),
    ]);
    // Two open A-to-z claims (70 each): order 2's response deadline is nearer, so it comes first.
    await ingest('/api/v1/claims', [claim(1, 0.2 * DAY), claim(2, DAY)]);
    await ingest('/api/v1/feedback', [{ marketplaceOrderId: oid(3), rating: 1, leftAt: iso(-HOUR), comment: 'Broken' }]);
  });
  afterAll(async () => {
    watcher?.disconnect();
    await s?.close();
  });

  it('lists the pool by score, then the nearest deadline, with reasons, deadline, value and store', async () => {
    const nodes = await pool();
    expect(nodes.map((n) => n.marketplaceOrderId)).toEqual([oid(2), oid(1), oid(3)]);
    const [first, , third] = nodes;
    expect(first).toMatchObject({ score: 70, nextDeadlineKind: 'A_TO_Z_RESPONSE', orderValue: '24.90', currency: 'EUR', claimedBy: null });
    expect(first!.store.name).toBe('Amazon IT');
    expect(first!.reasons.map((r) => r.code)).toEqual(['OPEN_A_TO_Z_CLAIM']);
    expect(Date.parse(first!.nextDeadline!)).toBe(NOW - DAY + 48 * HOUR);
    expect(third).toMatchObject({ score: 60, nextDeadline: null });
    expect(third!.reasons[0]).toMatchObject({ code: 'NEGATIVE_FEEDBACK_LEFT', params: { rating: 1 } });

    // Out of the pool but scored: the late shipment and the quiet order.
    expect(await risk(5)).toMatchObject({ score: 20, inPool: false, nextDeadlineKind: 'SHIP_BY' });
    expect((await risk(5)).reasons[0]).toMatchObject({ code: 'LATE_SHIPMENT', params: { days: 2, shipped: false } });
    expect(await risk(4)).toMatchObject({ score: 0, inPool: false, reasons: [] });
  });

  it('pages with a cursor in the same order', async () => {
    const page1 = await gql(s.url, RiskPoolDocument, { filter: { storeId }, first: 2 }, admin);
    expect(page1.data!.riskPool.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(s.url, RiskPoolDocument, { filter: { storeId }, first: 2, after: page1.data!.riskPool.pageInfo.endCursor }, admin);
    expect([...page1.data!.riskPool.edges, ...page2.data!.riskPool.edges].map((e) => e.node.marketplaceOrderId)).toEqual([oid(2), oid(1), oid(3)]);
    expect(page2.data!.riskPool.pageInfo.hasNextPage).toBe(false);
    const forged = Buffer.from(JSON.stringify([70, '', 0, 'not-an-id'])).toString('base64url');
    expect(codes(await gql(s.url, RiskPoolDocument, { filter: { storeId }, first: 2, after: forged }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by reason and by the buyer’s language, and links the order’s tickets', async () => {
    expect(await poolIds({ reason: 'NEGATIVE_FEEDBACK_LEFT' })).toEqual([oid(3)]);
    const msg = await postMessage(
      s.url,
      KEY,
      buyerMessage({ subject: `Bestellung ${oid(3)}`, body: 'Die Lampe kam kaputt an. Bitte um Ersatz.', orderId: oid(3) }),
    );
    expect(msg.status).toBe(201);
    expect(await poolIds({ language: 'de' })).toEqual([oid(3)]);
    expect(await poolIds({ language: 'fr' })).toEqual([]);
    const [entry] = await pool({ language: 'de' });
    // Every ticket of the order: the buyer's German message and the 1★ feedback's own case.
    expect(entry!.tickets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: msg.body.ticketId, subject: `Bestellung ${oid(3)}`, language: 'de' }),
        expect.objectContaining({ subject: `Negative feedback (1 star) on order ${oid(3)}` }),
      ]),
    );
    expect(entry!.tickets).toHaveLength(2);
    expect(entry!.nextDeadlineKind).toBe('BUYER_MESSAGE_RESPONSE');
  });

  it('lets exactly one of two agents claiming at once have the order; the other hears who, and others see it live', async () => {
    const target = await risk(2);
    const [en, de] = await Promise.all([
      gql(s.url, ClaimRiskOrderDocument, { id: target.id, version: target.version }, agentEn),
      gql(s.url, ClaimRiskOrderDocument, { id: target.id, version: target.version }, agentDe),
    ]);
    const winner = en.data ? en : de;
    const loser = en.data ? de : en;
    const winnerName = en.data ? 'Emma English' : 'Dieter Deutsch';
    expect([en, de].filter((r) => r.data?.claimRiskOrder).length).toBe(1);
    expect(winner.data!.claimRiskOrder.claimedBy!.name).toBe(winnerName);
    expect(codes(loser)).toEqual(['CONFLICT']);
    expect(loser.errors![0]!.message).toContain(winnerName);
    expect(loser.errors![0]!.extensions).toMatchObject({ claimedBy: { name: winnerName } });

    await waitFor(() => events.some((e) => e.type === 'risk.claimed' && (e.payload as { id: string }).id === target.id), 'risk.claimed');
    const event = events.find((e) => e.type === 'risk.claimed')! as DomainEvent<'risk.claimed'>;
    expect(event.payload).toMatchObject({ marketplaceOrderId: oid(2), claimedByName: winnerName, previousClaimedById: null });

    const winnerToken = en.data ? agentEn : agentDe;
    const loserToken = en.data ? agentDe : agentEn;
    expect(await poolIds({ mine: true }, winnerToken)).toEqual([oid(2)]);
    expect(await poolIds({ mine: true }, loserToken)).toEqual([]);
    expect(await poolIds({ unclaimed: true })).toEqual([oid(1), oid(3)]);

    // Only the holder or a supervisor lets go.
    const held = winner.data!.claimRiskOrder;
    expect(codes(await gql(s.url, ReleaseRiskOrderDocument, { id: held.id, version: held.version }, loserToken))).toEqual(['FORBIDDEN']);
    const released = await gql(s.url, ReleaseRiskOrderDocument, { id: held.id, version: held.version }, supervisor);
    expect(released.data!.releaseRiskOrder.claimedBy).toBeNull();
    await waitFor(() => events.some((e) => e.type === 'risk.claimed' && (e.payload as { claimedById: string | null }).claimedById === null), 'release event');
  });

  it('moves an order into the pool when the buyer threatens an A-to-z claim, up with the claim and down when it closes', async () => {
    expect(await risk(6)).toMatchObject({ score: 35, inPool: false });
    const msg = await postMessage(
      s.url,
      KEY,
      buyerMessage({
        subject: `Lieferung ${oid(6)}`,
        body: 'Mein Paket ist nicht angekommen. Wenn ich bis morgen nichts höre, stelle ich einen A-bis-z-Garantieantrag bei Amazon.',
        orderId: oid(6),
      }),
    );
    expect(msg.status).toBe(201);
    const entered = await risk(6);
    expect(entered.inPool).toBe(true);
    expect(entered.score).toBeGreaterThanOrEqual(60);
    expect(entered.language).toBe('de');
    expect(entered.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['A_TO_Z_INTENT', 'NOT_DELIVERED_PAST_PROMISE']));
    expect(await poolIds({ reason: 'A_TO_Z_INTENT' })).toEqual([oid(6)]);
    await waitFor(
      () => events.some((e) => e.type === 'risk.changed' && (e as DomainEvent<'risk.changed'>).payload.orders.some((o) => o.marketplaceOrderId === oid(6) && o.inPool && !o.previousInPool)),
      'risk.changed (entered)',
    );

    await ingest('/api/v1/claims', [claim(6, HOUR)]);
    const withClaim = await risk(6);
    expect(withClaim.score).toBeGreaterThan(entered.score);
    expect(withClaim.reasons[0]!.code).toBe('OPEN_A_TO_Z_CLAIM');

    await ingest('/api/v1/claims', [claim(6, HOUR, { status: 'CLOSED', decision: 'WITHDRAWN', decidedAt: iso(-60_000) })]);
    const closed = await risk(6);
    expect(closed.score).toBe(entered.score);
    expect(closed.reasons.map((r) => r.code)).not.toContain('OPEN_A_TO_Z_CLAIM');

    // Delivered after all: only the late delivery and the words remain, and it leaves the pool.
    await ingest('/api/v1/orders', [order(6, { promisedDeliveryAt: iso(-4 * DAY), deliveredAt: iso(-HOUR) })]);
    const delivered = await risk(6);
    expect(delivered.inPool).toBe(false);
    expect(delivered.reasons.map((r) => r.code)).toContain('DELIVERED_LATE');
    expect(await poolIds()).not.toContain(oid(6));
  });

  it('takes a handled order out of the pool; a stale version is refused; reopening or a new reason brings it back', async () => {
    const before = await risk(3);
    const resolved = await gql(s.url, ResolveRiskOrderDocument, { id: before.id, version: before.version, note: 'Replacement sent' }, agentEn);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveRiskOrder).toMatchObject({ inPool: false, resolutionNote: 'Replacement sent', resolvedBy: { name: 'Emma English' } });
    expect(await poolIds()).not.toContain(oid(3));

    const stale = await gql(s.url, ReopenRiskOrderDocument, { id: before.id, version: before.version }, agentEn);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: resolved.data!.resolveRiskOrder.version });

    const reopened = await gql(s.url, ReopenRiskOrderDocument, { id: before.id, version: resolved.data!.resolveRiskOrder.version }, agentEn);
    expect(reopened.data!.reopenRiskOrder).toMatchObject({ inPool: true, resolvedAt: null });

    // Handled again, then the buyer opens a claim: a reason it did not have, so it is back by itself.
    const again = await gql(s.url, ResolveRiskOrderDocument, { id: before.id, version: reopened.data!.reopenRiskOrder.version }, agentEn);
    expect(again.data!.resolveRiskOrder.inPool).toBe(false);
    await ingest('/api/v1/claims', [claim(3, HOUR)]);
    expect(await risk(3)).toMatchObject({ inPool: true, resolvedAt: null });
  });

  it('re-scores orders time alone moved: past the ship-by date without shipping', async () => {
    expect((await risk(7)).reasons).toEqual([]);
    const swept = await s.app.get(RiskSweeperService).sweep(Date.now() + 2 * HOUR);
    expect(swept).toBeGreaterThan(0);
    expect((await risk(7)).reasons.map((r) => r.code)).toEqual(['LATE_SHIPMENT']);
  });

  it('lets two sweepers (two API processes) share the due orders without re-scoring any twice', async () => {
    await s.sql(`UPDATE order_risk SET rescore_at = now() - interval '1 minute' WHERE store_id = $1`, [storeId]);
    const [{ n }] = (await s.sql<{ n: string }>(`SELECT count(*) AS n FROM order_risk WHERE rescore_at <= now()`)) as [{ n: string }];
    const recompute = s.app.get(RiskRecomputeService);
    const repo = s.app.get(RiskRepository);
    const [a, b] = await Promise.all([new RiskSweeperService(repo, recompute).sweep(), new RiskSweeperService(repo, recompute).sweep()]);
    expect(a + b).toBe(Number(n));
    expect(await s.sql(`SELECT 1 FROM order_risk WHERE rescore_at <= now()`)).toEqual([]);
  });

  it('scores a large upload a chunk at a time, and afterwards only the orders that changed', async () => {
    const bulk = Array.from({ length: 2_500 }, (_, i) =>
      order(10_000 + i, i % 500 === 0 ? { latestShipDate: iso(-1.5 * DAY), shipConfirmedAt: null, promisedDeliveryAt: iso(2 * DAY), deliveredAt: null } : {}),
    );
    await ingest('/api/v1/orders', bulk);
    const scored = await s.sql<{ n: string; late: string }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE reasons @> '[{"code":"LATE_SHIPMENT"}]') AS late
         FROM order_risk WHERE store_id = $1 AND marketplace_order_id BETWEEN $2 AND $3`,
      [storeId, oid(10_000), oid(12_499)],
    );
    expect(scored[0]).toEqual({ n: '2500', late: '5' });

    const computed = async () =>
      new Map(
        (await s.sql<{ id: string; at: Date }>(`SELECT marketplace_order_id AS id, computed_at AS at FROM order_risk WHERE store_id = $1 AND marketplace_order_id BETWEEN $2 AND $3`, [storeId, oid(10_000), oid(12_499)])).map(
          (r) => [r.id, r.at.getTime()],
        ),
      );
    const before = await computed();
    bulk[7] = order(10_007, { deliveredAt: iso(-HOUR) });
    await ingest('/api/v1/orders', bulk);
    const after = await computed();
    expect([...after].filter(([id, at]) => before.get(id) !== at).map(([id]) => id)).toEqual([oid(10_007)]);
    expect((await risk(10_007)).reasons.map((r) => r.code)).toEqual(['DELIVERED_LATE']);
  });

  it('validates risk settings, checks their version and re-scores the pool after a change', async () => {
    const initial = await gql(s.url, RiskSettingsDocument, {}, agentEn);
    expect(initial.data!.riskSettings).toMatchObject({ threshold: 60, version: 1 });

    expect(codes(await gql(s.url, UpdateRiskSettingsDocument, { version: 1, settings: { threshold: 80 } }, supervisor))).toEqual(['FORBIDDEN']);
    const bad = await gql(s.url, UpdateRiskSettingsDocument, { version: 1, settings: { threshold: 120, weights: [{ code: 'OPEN_CHARGEBACK', weight: -5 }], returnHandlingHours: 0 } }, admin);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.fields).toEqual([
      { field: 'weights.OPEN_CHARGEBACK', message: 'must be 0–100' },
      { field: 'threshold', message: 'must be 0–100' },
      { field: 'returnHandlingHours', message: 'must be above 0' },
    ]);

    const saved = await gql(s.url, UpdateRiskSettingsDocument, { version: 1, settings: { threshold: 75 } }, admin);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateRiskSettings).toMatchObject({ threshold: 75, version: 2 });
    // Claims alone (70) and the feedback (60) are below the new line; order 3 has both.
    expect(await poolIds()).toEqual([oid(3)]);

    expect(codes(await gql(s.url, UpdateRiskSettingsDocument, { version: 1, settings: { threshold: 50 } }, admin))).toEqual(['CONFLICT']);
    const back = await gql(s.url, UpdateRiskSettingsDocument, { version: 2, settings: { threshold: 60 } }, admin);
    expect(back.data!.updateRiskSettings.version).toBe(3);
    expect(await poolIds()).toEqual(expect.arrayContaining([oid(1), oid(2), oid(3)]));
  });
});
