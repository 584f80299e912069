import { PII_REDACTED_TEXT } from '@lifeline/domain';
import { TicketDocument } from '@lifeline/api-contract';
import { RetentionSweeperService } from '../../apps/api/src/retention/retention-sweeper.service';
import { gql, login } from '../support/graphql';
import { createTestStore, isoAgo, post } from '../support/health-ingest';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';

/** Buyer data goes 30 days after delivery unless a case is still open (DOMAIN.md §5). */
describe('buyer data retention', () => {
  let s: TestServer;
  let token: string;
  const KEY = 'lk_test_retention_0001';

  const order = (id: string, deliveredDaysAgo: number | null, promisedDaysAgo: number | null = null) => ({
    marketplaceOrderId: id,
    purchasedAt: isoAgo(60),
    fulfillmentChannel: 'MFN',
    latestShipDate: isoAgo(58),
    shipConfirmedAt: isoAgo(58),
    promisedDeliveryAt: promisedDaysAgo === null ? null : isoAgo(promisedDaysAgo),
    deliveredAt: deliveredDaysAgo === null ? null : isoAgo(deliveredDaysAgo),
    hasValidTracking: true,
    items: [{ sku: 'MUG-1', quantity: 1, price: 19.9, currency: 'EUR' }],
    buyer: { name: `Buyer of ${id}`, email: `${id}@example.com` },
  });

  /** A buyer message on the order, 40 days old, whose ticket is then closed (or left open). */
  async function conversation(orderId: string, close: boolean): Promise<string> {
    const r = await postMessage(
      s.url,
      KEY,
      buyerMessage({
        orderId,
        subject: `Inquiry from Amazon customer Jane Doe (${orderId})`,
        body: 'Hallo, ich bin Jane Doe, Musterstraße 5, 10115 Berlin. Die Tasse kam zerbrochen an. Bitte ersetzen.',
        receivedAt: isoAgo(40),
      }),
    );
    expect(r.status).toBe(201);
    if (close) await s.sql(`UPDATE tickets SET status = 'CLOSED' WHERE id = $1`, [r.body.ticketId]);
    return r.body.ticketId!;
  }

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    await createTestStore(s, 'Amazon IT retention', KEY);
    token = (await login(s.url, 'admin@demo.lifeline.test')).token;
    // The demo's own finished cases from months ago go first, so the counts below are this test's alone.
    await s.app.get(RetentionSweeperService).sweep();
  });
  afterAll(() => s?.close());

  it('purges the buyer of an order delivered 31 days ago and the words of its closed ticket; keeps the rest', async () => {
    const ids = { old: '305-0000001-0000001', recent: '305-0000001-0000002', openCase: '305-0000001-0000003', fallback: '305-0000001-0000004' };
    const r = await post(s.url, '/api/v1/orders', KEY, [order(ids.old, 31), order(ids.recent, 10), order(ids.openCase, 45), order(ids.fallback, null, 35)]);
    expect(r.status).toBe(200);
    const closedTicket = await conversation(ids.old, true);
    const openTicket = await conversation(ids.openCase, false);

    const result = await s.app.get(RetentionSweeperService).sweep();
    expect(result).toEqual({ orders: 2, tickets: 1 });

    const orders = await s.sql<{ marketplace_order_id: string; buyer_name: string | null; buyer_email: string | null; purged: boolean }>(
      `SELECT marketplace_order_id, buyer_name, buyer_email, pii_purged_at IS NOT NULL AS purged FROM orders
        WHERE marketplace_order_id = ANY($1) ORDER BY marketplace_order_id`,
      [Object.values(ids)],
    );
    expect(orders).toEqual([
      { marketplace_order_id: ids.old, buyer_name: null, buyer_email: null, purged: true },
      { marketplace_order_id: ids.recent, buyer_name: `Buyer of ${ids.recent}`, buyer_email: `${ids.recent}@example.com`, purged: false },
      // An open ticket is an open case: nothing of that buyer goes.
      { marketplace_order_id: ids.openCase, buyer_name: `Buyer of ${ids.openCase}`, buyer_email: `${ids.openCase}@example.com`, purged: false },
      // Never delivered: the latest delivery date (35 days ago) starts the clock.
      { marketplace_order_id: ids.fallback, buyer_name: null, buyer_email: null, purged: true },
    ]);

    // What an agent opening the closed ticket sees: the conversation is still there, its words and the buyer are not.
    const closed = await gql(s.url, TicketDocument, { id: closedTicket }, token);
    const t = closed.data!.ticket!;
    expect(t.subject).toBe(PII_REDACTED_TEXT);
    expect(t.buyerName).toBeNull();
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ body: PII_REDACTED_TEXT, subject: PII_REDACTED_TEXT, fromAddress: null, fromName: null, direction: 'INBOUND' });
    expect(JSON.stringify(t)).not.toContain('Jane Doe');
    // Timestamps stay, so the response-time metrics are untouched.
    expect(Date.parse(t.messages[0]!.sentAt)).toBeLessThan(Date.now() - 39 * 86_400_000);

    const open = await gql(s.url, TicketDocument, { id: openTicket }, token);
    expect(open.data!.ticket!.messages[0]!.body).toContain('Jane Doe');
  });

  it('keeps a closed ticket while an A-to-z claim on its order is open, and purges it once the claim closes', async () => {
    const id = '305-0000002-0000001';
    await post(s.url, '/api/v1/orders', KEY, [order(id, 40)]);
    const ticket = await conversation(id, true);
    const claim = { claimId: 'AZ-RET-1', marketplaceOrderId: id, kind: 'A_TO_Z', openedAt: isoAgo(35), status: 'OPEN' };
    expect((await post(s.url, '/api/v1/claims', KEY, [claim])).status).toBe(200);

    expect(await s.app.get(RetentionSweeperService).sweep()).toEqual({ orders: 0, tickets: 0 });
    const [kept] = await s.sql<{ body: string }>(`SELECT body FROM messages WHERE ticket_id = $1`, [ticket]);
    expect(kept!.body).toContain('Jane Doe');

    expect((await post(s.url, '/api/v1/claims', KEY, [{ ...claim, status: 'CLOSED', decision: 'WITHDRAWN', decidedAt: isoAgo(1) }])).status).toBe(200);
    // The claim arrived as a ticket on the Supervisors queue: while that case is open, the buyer's data stays.
    const claimTickets = await s.sql<{ id: string; status: string }>(
      `SELECT id, status FROM tickets WHERE marketplace_order_id = $1 AND channel = 'A_TO_Z_CLAIM'`,
      [id],
    );
    expect(claimTickets).toHaveLength(1);
    expect(await s.app.get(RetentionSweeperService).sweep()).toEqual({ orders: 0, tickets: 0 });

    await s.sql(`UPDATE tickets SET status = 'CLOSED' WHERE id = $1`, [claimTickets[0]!.id]);
    const result = await s.app.get(RetentionSweeperService).sweep();
    expect(result.orders).toBe(1);
    expect(result.tickets).toBeGreaterThanOrEqual(1);
    const [gone] = await s.sql<{ body: string }>(`SELECT body FROM messages WHERE ticket_id = $1`, [ticket]);
    expect(gone!.body).toBe(PII_REDACTED_TEXT);
    // A second sweep finds nothing left to do.
    expect(await s.app.get(RetentionSweeperService).sweep()).toEqual({ orders: 0, tickets: 0 });
  });
});
