import {
  AccountHealthDocument,
  AppealClaimDocument,
  ClaimDocument,
  ClaimsDocument,
  DecideClaimDocument,
  RecordFeedbackRemovalOutcomeDocument,
  RequestFeedbackRemovalDocument,
  RespondToClaimDocument,
  TicketClaimDocument,
  TicketDocument,
  TicketFeedbackDocument,
  type ClaimDecision,
  type DomainEvent,
} from '@lifeline/api-contract';
import { codes, gql, login } from '../support/graphql';
import { createTestStore, isoAgo as isoAgoFrom, post, type IngestResponse } from '../support/health-ingest';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';
import { connectSocket, type ClientSocket } from '../support/socket';

const KEY = 'lk_test_claims_es_0001';
const NOW = Date.now();
const HOUR = 3_600_000;
const isoAgo = (days: number) => isoAgoFrom(days, NOW);
const orderId = (n: number) => `406-0000000-${String(n).padStart(7, '0')}`;

/** 250 seller-fulfilled orders over the last 30 days, shipped, tracked and delivered on time. */
function orders(count = 250) {
  return Array.from({ length: count }, (_, i) => {
    const age = 1 + (i % 29);
    return {
      marketplaceOrderId: orderId(i),
      purchasedAt: isoAgo(age + 0.5),
      fulfillmentChannel: 'MFN',
      latestShipDate: isoAgo(age - 1),
      shipConfirmedAt: isoAgo(age),
      promisedDeliveryAt: isoAgo(age - 4),
      deliveredAt: isoAgo(age - 3),
      hasValidTracking: i !== 7,
      items: [{ sku: 'MUG-01', asin: 'B0TESTASIN', quantity: 1, price: 12.5, currency: 'EUR' }],
    };
  });
}

const claim = (n: number, extra: Record<string, unknown> = {}) => ({
  claimId: `AZ-${n}`,
  kind: 'A_TO_Z',
  marketplaceOrderId: orderId(n),
  openedAt: isoAgo(0.2),
  amount: 12.5,
  currency: 'EUR',
  status: 'OPEN',
  ...extra,
});

describe('claims and negative feedback on the desk', () => {
  let s: TestServer;
  let supervisor: string;
  let agent: string;
  let storeId: string;
  let socket: ClientSocket;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    supervisor = (await login(s.url, 'supervisor@demo.lifeline.test')).token;
    agent = (await login(s.url, 'agent.en@demo.lifeline.test')).token;
    ({ storeId } = await createTestStore(s, 'Amazon IT claims', KEY));
    expect((await post(s.url, '/api/v1/orders', KEY, orders())).json).toMatchObject({ created: 250 });
    socket = await connectSocket(s.url, supervisor);
    socket.on('event', (e) => {
      if ((e.payload as { storeId?: string }).storeId === storeId) events.push(e);
    });
  });
  afterAll(async () => {
    socket?.disconnect();
    await s?.close();
  });

  const odr = async () => {
    const r = await gql(s.url, AccountHealthDocument, { storeId }, supervisor);
    expect(r.errors).toBeUndefined();
    return r.data!.accountHealth.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE' && m.fulfillmentChannel === 'ALL')!.numerator;
  };
  const claimOf = async (claimId: string) => {
    const r = await gql(s.url, ClaimsDocument, { filter: { storeId }, first: 100 }, supervisor);
    expect(r.errors).toBeUndefined();
    const card = r.data!.claims.edges.map((e) => e.node).find((c) => c.marketplaceClaimId === claimId)!;
    const detail = await gql(s.url, ClaimDocument, { id: card.id }, supervisor);
    expect(detail.errors).toBeUndefined();
    return detail.data!.claim;
  };
  const decide = async (claimId: string, decision: ClaimDecision, token = supervisor) => {
    const c = await claimOf(claimId);
    return gql(s.url, DecideClaimDocument, { input: { id: c.id, version: c.version, decision, note: `${decision} per Amazon` } }, token);
  };
  const waitFor = async (predicate: () => boolean) => {
    for (let i = 0; i < 50 && !predicate(); i++) await new Promise((r) => setTimeout(r, 100));
    return predicate();
  };

  it('a claim arriving by REST becomes one ticket on the Supervisors queue with its 48-hour deadline; a repeat creates nothing', async () => {
    const r = await post(s.url, '/api/v1/claims', KEY, [claim(1)]);
    expect(r.json).toMatchObject({ created: 1, rejected: 0 });
    const c = await claimOf('AZ-1');
    expect(c).toMatchObject({ caseStatus: 'OPEN', kind: 'A_TO_Z', marketplaceOrderId: orderId(1), amount: '12.50', decision: null, countsInOdr: true, deadlineKind: 'RESPONSE' });
    expect(Date.parse(c.respondBy)).toBe(Date.parse(isoAgo(0.2)) + 48 * HOUR);
    expect(c.dueAt).toBe(c.respondBy);
    expect(c.ticketId).toBeTruthy();

    const t = await gql(s.url, TicketDocument, { id: c.ticketId! }, supervisor);
    expect(t.data!.ticket).toMatchObject({ channel: 'A_TO_Z_CLAIM', marketplaceOrderId: orderId(1), queue: { name: 'Supervisors' }, store: { id: storeId } });
    const clock = t.data!.ticket.slaClocks.find((k) => k.kind === 'A_TO_Z_INFORMATION_REQUEST')!;
    expect(Date.parse(clock.dueAt)).toBe(Date.parse(c.respondBy));
    expect(Date.parse(t.data!.ticket.dueAt!)).toBe(Date.parse(c.respondBy));

    const again = await post(s.url, '/api/v1/claims', KEY, [claim(1)]);
    expect((again.json as IngestResponse).unchanged).toBe(1);
    const tickets = await s.sql(`SELECT id FROM tickets WHERE store_id = $1 AND channel = 'A_TO_Z_CLAIM'`, [storeId]);
    expect(tickets).toHaveLength(1);
    expect((await gql(s.url, TicketClaimDocument, { ticketId: c.ticketId! }, agent)).data!.ticketClaim).toMatchObject({ id: c.id });
  });

  it('a chargeback gets 7 calendar days', async () => {
    await post(s.url, '/api/v1/claims', KEY, [{ ...claim(20), claimId: 'CB-20', kind: 'CHARGEBACK', chargebackType: 'SERVICE' }]);
    const c = await claimOf('CB-20');
    expect(Date.parse(c.respondBy)).toBe(Date.parse(isoAgo(0.2)) + 7 * 24 * HOUR);
    const t = await gql(s.url, TicketDocument, { id: c.ticketId! }, supervisor);
    expect(t.data!.ticket).toMatchObject({ channel: 'CHARGEBACK', queue: { name: 'Supervisors' } });
  });

  it('a claim notice that came in as a message first is the ticket the claim joins', async () => {
    const m = await postMessage(
      s.url,
      KEY,
      buyerMessage({
        from: { address: 'claims@amazon.com', name: 'Amazon A-to-z Guarantee' },
        subject: `A-to-z Guarantee claim for order ${orderId(11)}`,
        body: `The buyer has filed an A-to-z Guarantee claim for order ${orderId(11)}. Please respond within 48 hours.`,
        orderId: orderId(11),
        channel: 'A_TO_Z_CLAIM',
      }),
    );
    expect(m.status).toBe(201);
    await post(s.url, '/api/v1/claims', KEY, [claim(11)]);
    expect((await claimOf('AZ-11')).ticketId).toBe(m.body.ticketId);
    expect(await s.sql(`SELECT id FROM tickets WHERE store_id = $1 AND marketplace_order_id = $2`, [storeId, orderId(11)])).toHaveLength(1);
  });

  it('the evidence checklist shows what the order has, and what it lacks', async () => {
    const good = await claimOf('AZ-1');
    expect(good.evidence.map((e) => [e.key, e.state])).toEqual([
      ['SHIP_CONFIRMATION', 'PRESENT'],
      ['TRACKING', 'PRESENT'],
      ['DELIVERY', 'PRESENT'],
      ['MESSAGE_HISTORY', 'NOT_APPLICABLE'],
      ['COMPENSATION_OFFERED', 'MISSING'],
    ]);
    expect(good.evidence[2]!.detail).toMatch(/^Delivery scan on \d{4}-\d\d-\d\d, on time \(promised by \d{4}-\d\d-\d\d\)\.$/);

    // Order 7 has no valid tracking, and its buyer wrote without an answer.
    await postMessage(s.url, KEY, buyerMessage({ orderId: orderId(7), subject: `Where is order ${orderId(7)}?` }));
    await post(s.url, '/api/v1/claims', KEY, [claim(7)]);
    const gaps = Object.fromEntries((await claimOf('AZ-7')).evidence.map((e) => [e.key, e]));
    expect(gaps.TRACKING).toMatchObject({ state: 'MISSING', detail: 'No valid tracking: the carrier has no scan of the parcel.' });
    expect(gaps.MESSAGE_HISTORY).toMatchObject({ state: 'MISSING', detail: '1 of 1 buyer message(s) were not answered.' });
  });

  it('an agent records the response: RESPONDED, on the ticket timeline, the claim clock met', async () => {
    const c = await claimOf('AZ-1');
    const r = await gql(s.url, RespondToClaimDocument, { input: { id: c.id, version: c.version, response: 'Tracking shows delivery on time; proof attached.' } }, agent);
    expect(r.errors).toBeUndefined();
    expect(r.data!.respondToClaim).toMatchObject({ caseStatus: 'RESPONDED', responseText: 'Tracking shows delivery on time; proof attached.', dueAt: null });
    const t = await gql(s.url, TicketDocument, { id: c.ticketId! }, agent);
    expect(t.data!.ticket.timeline.map((e) => e.type)).toContain('CLAIM_RESPONDED');
    expect(t.data!.ticket.slaClocks.find((k) => k.kind === 'A_TO_Z_INFORMATION_REQUEST')!.status).toBe('MET');
  });

  it('a stale version is a CONFLICT and changes nothing', async () => {
    const c = await claimOf('AZ-1');
    const r = await gql(s.url, RespondToClaimDocument, { input: { id: c.id, version: c.version - 1, response: 'late' } }, agent);
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0]!.extensions!.currentVersion).toBe(c.version);
    expect((await claimOf('AZ-1')).responseText).toBe('Tracking shows delivery on time; proof attached.');
  });

  it('agents cannot record a decision', async () => {
    const r = await decide('AZ-1', 'WITHDRAWN', agent);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect((await claimOf('AZ-1')).caseStatus).toBe('RESPONDED');
  });

  it('WITHDRAWN and FOR_SELLER take the defect out of ODR at once (health.changed on the socket); a seller-funded grant keeps it', async () => {
    await post(s.url, '/api/v1/claims', KEY, [claim(2), claim(3), claim(4)]);
    const before = await odr();
    events.length = 0;

    const withdrawn = await decide('AZ-2', 'WITHDRAWN');
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.decideClaim).toMatchObject({ caseStatus: 'DECIDED', decision: 'WITHDRAWN', countsInOdr: false, appealable: false });
    expect(await odr()).toBe(before - 1);
    expect(await waitFor(() => events.some((e) => e.type === 'health.changed'))).toBe(true);
    expect(events.find((e) => e.type === 'claim.changed')!.payload).toMatchObject({ status: 'DECIDED', decision: 'WITHDRAWN', storeId });

    expect((await decide('AZ-3', 'FOR_SELLER')).data!.decideClaim).toMatchObject({ decision: 'FOR_SELLER', countsInOdr: false });
    expect(await odr()).toBe(before - 2);

    const granted = await decide('AZ-4', 'FOR_BUYER_SELLER_FUNDED');
    expect(granted.data!.decideClaim).toMatchObject({ decision: 'FOR_BUYER_SELLER_FUNDED', countsInOdr: true, appealable: true, deadlineKind: 'APPEAL' });
    expect(await odr()).toBe(before - 2);
    const stored = await s.sql<{ status: string; decision: string; funded_by: string }>(`SELECT status, decision, funded_by FROM claims WHERE store_id = $1 AND marketplace_claim_id = 'AZ-4'`, [storeId]);
    expect(stored[0]).toEqual({ status: 'CLOSED', decision: 'GRANTED', funded_by: 'SELLER' });

    expect(codes(await decide('AZ-2', 'FOR_SELLER'))).toEqual(['BAD_USER_INPUT']);
  });

  it('a seller-funded grant is appealed within 30 days, and the appeal’s decision moves ODR', async () => {
    const before = await odr();
    const c = await claimOf('AZ-4');
    const appealed = await gql(s.url, AppealClaimDocument, { input: { id: c.id, version: c.version, text: 'Delivered on time with tracking; please review.' } }, supervisor);
    expect(appealed.errors).toBeUndefined();
    expect(appealed.data!.appealClaim).toMatchObject({ caseStatus: 'APPEALED', appealText: 'Delivered on time with tracking; please review.' });
    expect((await decide('AZ-4', 'FOR_SELLER')).data!.decideClaim).toMatchObject({ caseStatus: 'DECIDED', decision: 'FOR_SELLER', appealable: false });
    expect(await odr()).toBe(before - 1);
    const history = (await claimOf('AZ-4')).history.map((h) => h.action);
    expect(history).toEqual(['OPENED', 'TICKET_LINKED', 'DECIDED', 'APPEALED', 'DECIDED']);
  });

  it('nothing else is appealable: a withdrawal, an Amazon-funded grant, a grant older than 30 days', async () => {
    const appeal = async (claimId: string) => {
      const c = await claimOf(claimId);
      return gql(s.url, AppealClaimDocument, { input: { id: c.id, version: c.version, text: 'Please review.' } }, supervisor);
    };
    expect(codes(await appeal('AZ-2'))).toEqual(['BAD_USER_INPUT']);

    await post(s.url, '/api/v1/claims', KEY, [claim(5), claim(6, { status: 'CLOSED', decision: 'GRANTED', fundedBy: 'SELLER', openedAt: isoAgo(40), decidedAt: isoAgo(31) })]);
    expect((await decide('AZ-5', 'FOR_BUYER_AMAZON_FUNDED')).data!.decideClaim).toMatchObject({ appealable: false, countsInOdr: true });
    expect(codes(await appeal('AZ-5'))).toEqual(['BAD_USER_INPUT']);

    const old = await claimOf('AZ-6');
    expect(old).toMatchObject({ caseStatus: 'DECIDED', decision: 'FOR_BUYER_SELLER_FUNDED', appealable: false, ticketId: null });
    const refused = await appeal('AZ-6');
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0]!.message).toBe('The 30 days to appeal this claim have passed.');
  });

  it('a connector still listing a decided claim as open does not undo the decision', async () => {
    const before = await odr();
    await post(s.url, '/api/v1/claims', KEY, [claim(2, { amount: 13 })]);
    expect(await claimOf('AZ-2')).toMatchObject({ caseStatus: 'DECIDED', decision: 'WITHDRAWN', countsInOdr: false });
    expect(await odr()).toBe(before);
  });

  it('the demo has claims at every stage with tickets, and withdrawing Amazon UK’s open claim drops its ODR at once', async () => {
    const board = await gql(s.url, ClaimsDocument, { first: 200 }, supervisor);
    const cards = board.data!.claims.edges.map((e) => e.node);
    const staged = cards.filter((c) => c.ticketId !== null);
    expect(new Set(staged.map((c) => c.caseStatus))).toEqual(new Set(['OPEN', 'RESPONDED', 'APPEALED', 'DECIDED']));
    expect(staged.map((c) => c.decision)).toEqual(expect.arrayContaining(['FOR_SELLER', 'WITHDRAWN', 'FOR_BUYER_SELLER_FUNDED']));
    // Nearest deadline first.
    const dues = cards.filter((c) => c.dueAt).map((c) => Date.parse(c.dueAt!));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    const uk = cards.find((c) => c.store.name === 'Amazon UK' && c.caseStatus === 'OPEN' && c.ticketId)!;
    expect(uk.kind).toBe('A_TO_Z');
    expect(Date.parse(uk.dueAt!) - Date.now()).toBeGreaterThan(3 * HOUR);
    expect(Date.parse(uk.dueAt!) - Date.now()).toBeLessThan(5 * HOUR);
    const ukTicket = await gql(s.url, TicketDocument, { id: uk.ticketId! }, supervisor);
    expect(ukTicket.data!.ticket).toMatchObject({ channel: 'A_TO_Z_CLAIM', queue: { name: 'Supervisors' } });

    const ukOdr = async () =>
      (await gql(s.url, AccountHealthDocument, { storeId: uk.storeId }, supervisor)).data!.accountHealth.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE' && m.fulfillmentChannel === 'ALL')!;
    const before = await ukOdr();
    expect(before.value!).toBeLessThan(before.warningAt!);
    expect(before.value!).toBeGreaterThan(before.warningAt! - 0.001);
    const r = await gql(s.url, DecideClaimDocument, { input: { id: uk.id, version: uk.version, decision: 'WITHDRAWN' } }, supervisor);
    expect(r.errors).toBeUndefined();
    expect((await ukOdr()).numerator).toBe(before.numerator - 1);
  });

  describe('negative feedback', () => {
    const feedbackTicket = async (n: number) => {
      const [row] = await s.sql<{ ticket_id: string | null }>(`SELECT ticket_id FROM seller_feedback WHERE store_id = $1 AND marketplace_order_id = $2`, [storeId, orderId(n)]);
      return row!.ticket_id;
    };
    const feedbackOf = async (n: number) => {
      const r = await gql(s.url, TicketFeedbackDocument, { ticketId: (await feedbackTicket(n))! }, agent);
      expect(r.errors).toBeUndefined();
      return r.data!.ticketFeedback!;
    };

    it('becomes a NEGATIVE_FEEDBACK ticket with the removal grounds that may apply; positive feedback does not', async () => {
      const r = await post(s.url, '/api/v1/feedback', KEY, [
        { marketplaceOrderId: orderId(30), rating: 1, comment: 'Poor quality, the size is too small and the colour is off.', leftAt: isoAgo(1) },
        { marketplaceOrderId: orderId(31), rating: 5, comment: 'Great, thank you', leftAt: isoAgo(1) },
      ]);
      expect(r.json).toMatchObject({ created: 2 });
      expect(await feedbackTicket(31)).toBeNull();
      const f = await feedbackOf(30);
      expect(f).toMatchObject({ rating: 1, countsInOdr: true, removalStatus: null });
      expect(f.removalEligibility).toMatchObject({ eligible: true, reasons: [{ reason: 'PRODUCT_REVIEW_ONLY', outcome: 'REMOVAL' }] });
      const t = await gql(s.url, TicketDocument, { id: f.ticketId! }, agent);
      expect(t.data!.ticket).toMatchObject({ channel: 'NEGATIVE_FEEDBACK', marketplaceOrderId: orderId(30) });
      await post(s.url, '/api/v1/feedback', KEY, [{ marketplaceOrderId: orderId(30), rating: 1, comment: 'Poor quality, the size is too small and the colour is off.', leftAt: isoAgo(1) }]);
      expect(await s.sql(`SELECT id FROM tickets WHERE store_id = $1 AND channel = 'NEGATIVE_FEEDBACK'`, [storeId])).toHaveLength(1);
    });

    it('a denied removal leaves ODR; a granted one takes the defect out at once', async () => {
      const before = await odr();
      let f = await feedbackOf(30);
      const requested = await gql(s.url, RequestFeedbackRemovalDocument, { input: { feedbackId: f.id, version: f.version, reason: 'PRODUCT_REVIEW_ONLY' } }, agent);
      expect(requested.errors).toBeUndefined();
      expect(requested.data!.requestFeedbackRemoval).toMatchObject({ removalStatus: 'REQUESTED', removalReason: 'PRODUCT_REVIEW_ONLY' });
      f = await feedbackOf(30);

      expect(codes(await gql(s.url, RecordFeedbackRemovalOutcomeDocument, { input: { feedbackId: f.id, version: f.version, outcome: 'REMOVED' } }, agent))).toEqual(['FORBIDDEN']);
      const denied = await gql(s.url, RecordFeedbackRemovalOutcomeDocument, { input: { feedbackId: f.id, version: f.version, outcome: 'DENIED' } }, supervisor);
      expect(denied.data!.recordFeedbackRemovalOutcome).toMatchObject({ removalStatus: 'DENIED', countsInOdr: true, removedAt: null });
      expect(await odr()).toBe(before);

      f = await feedbackOf(30);
      expect(codes(await gql(s.url, RequestFeedbackRemovalDocument, { input: { feedbackId: f.id, version: f.version - 1, reason: 'PRODUCT_REVIEW_ONLY' } }, agent))).toEqual(['CONFLICT']);
      f = (await gql(s.url, RequestFeedbackRemovalDocument, { input: { feedbackId: f.id, version: f.version, reason: 'PRODUCT_REVIEW_ONLY' } }, agent)).data!.requestFeedbackRemoval;
      events.length = 0;
      const removed = await gql(s.url, RecordFeedbackRemovalOutcomeDocument, { input: { feedbackId: f.id, version: f.version, outcome: 'REMOVED' } }, supervisor);
      expect(removed.data!.recordFeedbackRemovalOutcome).toMatchObject({ removalStatus: 'REMOVED', countsInOdr: false });
      expect(await odr()).toBe(before - 1);
      expect(await waitFor(() => events.some((e) => e.type === 'health.changed') && events.some((e) => e.type === 'feedback.changed'))).toBe(true);
      const timeline = (await gql(s.url, TicketDocument, { id: f.ticketId! }, agent)).data!.ticket.timeline.map((e) => e.type);
      expect(timeline.filter((t) => t.startsWith('FEEDBACK_REMOVAL'))).toEqual([
        'FEEDBACK_REMOVAL_REQUESTED',
        'FEEDBACK_REMOVAL_OUTCOME',
        'FEEDBACK_REMOVAL_REQUESTED',
        'FEEDBACK_REMOVAL_OUTCOME',
      ]);
    });
  });
});
